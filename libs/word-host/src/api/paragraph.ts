import type { Paragraph } from '@cds/model';
import { removeNode } from '../doc/edit.js';
import { apiText, paragraphText } from '../doc/text.js';
import { errors } from '../errors.js';
import { isTable, nearest } from '../doc/tree.js';
import { defineAccessors, type Props } from '../runtime/client-object.js';
import { ClientResultImpl } from '../runtime/client-result.js';
import { insertAnnotations, type AnnotationSetArg } from './annotations.js';
import { AnnotationCollectionImpl } from './annotation-collection.js';
import { parentControlOf, type ContentControlImpl } from './content-control.js';
import { PARAGRAPH_PROPS } from './paragraph-props.js';
import { ListItemImpl } from './list-item.js';
import { make } from './makers.js';
import { RangeLikeImpl } from './range-like.js';
import { whole, type RangeTarget } from './range-target.js';
import type { TableImpl } from './table.js';

/** `Word.Paragraph`. https://learn.microsoft.com/javascript/api/word/word.paragraph */
export class ParagraphImpl extends RangeLikeImpl<Paragraph> {
  readonly _class = 'Paragraph';

  protected _props(): Props<Paragraph> {
    return PARAGRAPH_PROPS as Props<Paragraph>;
  }
  protected override _navs(): readonly string[] {
    return [
      'font',
      'parentContentControl',
      'parentContentControlOrNullObject',
      'parentTable',
      'parentTableOrNullObject',
      'contentControls',
      'listItem',
      'listItemOrNullObject',
    ];
  }

  protected _range(): RangeTarget {
    return whole(this._require());
  }
  get parentContentControl(): ContentControlImpl {
    return this._memo('parentContentControl', () => parentControlOf(this, false, 'parentContentControl'));
  }
  get parentContentControlOrNullObject(): ContentControlImpl {
    return this._memo('parentContentControlOrNullObject', () => parentControlOf(this, true, 'parentContentControlOrNullObject'));
  }
  private _listItemOf(nullable: boolean, member: string): ListItemImpl {
    const li = new ListItemImpl(
      this.context,
      () => {
        this._check(member);
        const p = this._require();
        return p.numbering ? p : null;
      },
      nullable,
    );
    if (nullable) li._op(member, () => void li._resolve(), false, true);
    return li;
  }
  /** WordApi 1.3; ItemNotFound at sync when the paragraph is not in a list. */
  get listItem(): ListItemImpl {
    return this._memo('listItem', () => this._listItemOf(false, 'listItem'));
  }
  get listItemOrNullObject(): ListItemImpl {
    return this._memo('listItemOrNullObject', () => this._listItemOf(true, 'listItemOrNullObject'));
  }
  private _parentTableOf(nullable: boolean, member: string): TableImpl {
    const t = make.table(
      this.context,
      () => {
        this._check(member);
        return nearest(this._state.index(), this._require(), isTable) ?? null;
      },
      nullable,
    );
    if (nullable) t._op(member, () => void t._resolve(), false, true);
    return t;
  }
  get parentTable(): TableImpl {
    return this._memo('parentTable', () => this._parentTableOf(false, 'parentTable'));
  }
  get parentTableOrNullObject(): TableImpl {
    return this._memo('parentTableOrNullObject', () => this._parentTableOf(true, 'parentTableOrNullObject'));
  }

  delete(): void {
    this._op('delete', () => removeNode(this._state, this._require()), true);
  }
  /**
   * WordApi 1.7: the paragraph's text. The model holds neither hidden nor tracked-deleted
   * text, so the options change nothing. https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-gettext-member(1)
   */
  getText(options?: { IncludeHiddenText?: boolean; IncludeTextMarkedAsDeleted?: boolean }): ClientResultImpl<string> {
    for (const k of Object.keys(options ?? {}))
      if (k !== 'IncludeHiddenText' && k !== 'IncludeTextMarkedAsDeleted') throw errors.invalidArgument(`getText option '${k}'`);
    const r = new ClientResultImpl<string>();
    this._op('getText', () => {
      const text = apiText(paragraphText(this._require()));
      this.context._commits?.push(() => r._set(text));
    });
    return r;
  }
  private _sibling(step: 1 | -1, nullable: boolean, member: string): ParagraphImpl {
    const p = make.paragraph(
      this.context,
      () => {
        this._check(member);
        const list = this._state.index().paragraphs;
        return list[list.indexOf(this._require()) + step] ?? null;
      },
      nullable,
    );
    if (nullable) p._op(member, () => void p._resolve(), false, true);
    return p;
  }
  getNext(): ParagraphImpl {
    return this._sibling(1, false, 'getNext');
  }
  getNextOrNullObject(): ParagraphImpl {
    return this._sibling(1, true, 'getNextOrNullObject');
  }
  getPrevious(): ParagraphImpl {
    return this._sibling(-1, false, 'getPrevious');
  }
  getPreviousOrNullObject(): ParagraphImpl {
    return this._sibling(-1, true, 'getPreviousOrNullObject');
  }
  /** WordApi 1.7: critiques shown on the paragraph; kept beside the document, never saved. */
  insertAnnotations(annotations: AnnotationSetArg): ClientResultImpl<string[]> {
    const result = new ClientResultImpl<string[]>();
    this._op('insertAnnotations', () => {
      const ids = insertAnnotations(this._state, this._require(), annotations);
      // Document.onAnnotationInserted (WordApi 1.7), after the sync like every Word event.
      if (ids.length) this._state.bus.emit('document', 'onAnnotationInserted', { ids });
      this.context._commits?.push(() => result._set(ids));
    });
    return result;
  }
  getAnnotations(): AnnotationCollectionImpl {
    return new AnnotationCollectionImpl(this.context, () => {
      this._check('getAnnotations');
      const p = this._require();
      return [...this._state.annotations.values()].filter((a) => a.paragraph === p);
    });
  }
}

defineAccessors(ParagraphImpl, PARAGRAPH_PROPS as Props<never>);
export interface ParagraphImpl {
  readonly text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  readonly isListItem: boolean;
  readonly isLastParagraph: boolean;
  readonly tableNestingLevel: number;
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  spaceAfter: number;
  spaceBefore: number;
  lineSpacing: number;
  readonly uniqueLocalId: string;
}

make.paragraph = (ctx, path, nullable) => new ParagraphImpl(ctx, path, nullable);
