import type { Paragraph } from '@cds/model';
import { removeNode } from '../doc/edit.js';
import { isControl, isTable, nearest, type Control } from '../doc/tree.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import { ClientResultImpl } from '../runtime/client-result.js';
import { insertAnnotations, type AnnotationSetArg } from './annotations.js';
import { AnnotationCollectionImpl } from './annotation-collection.js';
import { ContentControlImpl, parentControlOf } from './content-control.js';
import { ContentControlCollectionImpl, RangeCollectionImpl } from './collections.js';
import { PARAGRAPH_PROPS } from './paragraph-props.js';
import { FontImpl } from './font.js';
import { ListItemImpl } from './list-item.js';
import { RangeImpl } from './range.js';
import { clearAt, insertControlAt, insertParagraphAt, insertTableAt, insertTextAt } from './range-edit.js';
import { whole } from './range-target.js';
import { searchIn, type SearchOptions } from './search.js';
import { TableImpl } from './table.js';
import { rangeFor, type RangeLocation } from './range-location.js';

/** `Word.Paragraph`. https://learn.microsoft.com/javascript/api/word/word.paragraph */
export class ParagraphImpl extends ClientObjectImpl<Paragraph> {
  readonly _class = 'Paragraph';

  protected _props(): Props<Paragraph> {
    return PARAGRAPH_PROPS as Props<Paragraph>;
  }
  protected override _navs(): readonly string[] {
    return ['font', 'parentContentControl', 'parentContentControlOrNullObject', 'parentTable', 'parentTableOrNullObject', 'contentControls', 'listItem', 'listItemOrNullObject'];
  }
  private get host() {
    return this.context._host.state;
  }

  get font(): FontImpl {
    return this._memo('font', () => new FontImpl(this.context, () => whole(this._require())));
  }
  get contentControls(): ContentControlCollectionImpl {
    return this._memo('contentControls', () => ContentControlCollectionImpl.of(this, 'contentControls'));
  }
  /** WordApi 1.5. */
  getContentControls(options?: { types?: string[] }): ContentControlCollectionImpl {
    return ContentControlCollectionImpl.of(this, 'getContentControls', options);
  }
  get parentContentControl(): ContentControlImpl {
    return this._memo('parentContentControl', () => parentControlOf(this, false, 'parentContentControl'));
  }
  get parentContentControlOrNullObject(): ContentControlImpl {
    return this._memo('parentContentControlOrNullObject', () => parentControlOf(this, true, 'parentContentControlOrNullObject'));
  }
  private listItemOf(nullable: boolean, member: string): ListItemImpl {
    const li = new ListItemImpl(this.context, () => {
      this._check(member);
      const p = this._require();
      return p.numbering ? p : null;
    }, nullable);
    if (nullable) li._op(member, () => void li._resolve(), false, true);
    return li;
  }
  /** WordApi 1.3; ItemNotFound at sync when the paragraph is not in a list. */
  get listItem(): ListItemImpl {
    return this._memo('listItem', () => this.listItemOf(false, 'listItem'));
  }
  get listItemOrNullObject(): ListItemImpl {
    return this._memo('listItemOrNullObject', () => this.listItemOf(true, 'listItemOrNullObject'));
  }
  private parentTableOf(nullable: boolean, member: string): TableImpl {
    const t = new TableImpl(this.context, () => {
      this._check(member);
      return nearest(this.host.index(), this._require(), isTable) ?? null;
    }, nullable);
    if (nullable) t._op(member, () => void t._resolve(), false, true);
    return t;
  }
  get parentTable(): TableImpl {
    return this._memo('parentTable', () => this.parentTableOf(false, 'parentTable'));
  }
  get parentTableOrNullObject(): TableImpl {
    return this._memo('parentTableOrNullObject', () => this.parentTableOf(true, 'parentTableOrNullObject'));
  }

  insertParagraph(text: string, location: 'Before' | 'After'): ParagraphImpl {
    const p = new ParagraphImpl(this.context, () => null);
    this._op('insertParagraph', () => p._bind(insertParagraphAt(this.host, whole(this._require()), text, location)), true);
    return p;
  }
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): RangeImpl {
    const r = new RangeImpl(this.context, () => null);
    this._op('insertText', () => r._bind(insertTextAt(this.host, whole(this._require()), text, location)), true);
    return r;
  }
  insertContentControl(): ContentControlImpl {
    const cc = new ContentControlImpl(this.context, () => null);
    this._op('insertContentControl', () => cc._bind(insertControlAt(this.host, whole(this._require()))), true);
    return cc;
  }
  insertTable(rowCount: number, columnCount: number, location: 'Before' | 'After', values?: string[][]): TableImpl {
    const t = new TableImpl(this.context, () => null);
    this._op('insertTable', () => t._bind(insertTableAt(this.host, whole(this._require()), rowCount, columnCount, location, values)), true);
    return t;
  }
  getRange(location?: RangeLocation): RangeImpl {
    return new RangeImpl(this.context, () => {
      this._check('getRange');
      return rangeFor(this.host.index(), this._require(), location);
    });
  }
  search(text: string, options?: SearchOptions): RangeCollectionImpl {
    return new RangeCollectionImpl(this.context, () => {
      this._check('search');
      return searchIn(this.host.index(), whole(this._require()), text, options);
    });
  }
  select(): void {
    this._op('select', () => (this.host.selection = { kind: 'node', node: this._require() }));
  }
  delete(): void {
    this._op('delete', () => removeNode(this.host, this._require()), true);
  }
  clear(): void {
    this._op('clear', () => clearAt(this.host, whole(this._require())), true);
  }
  private sibling(step: 1 | -1, nullable: boolean, member: string): ParagraphImpl {
    const p = new ParagraphImpl(this.context, () => {
      this._check(member);
      const list = this.host.index().paragraphs;
      return list[list.indexOf(this._require()) + step] ?? null;
    }, nullable);
    if (nullable) p._op(member, () => void p._resolve(), false, true);
    return p;
  }
  getNext(): ParagraphImpl {
    return this.sibling(1, false, 'getNext');
  }
  getNextOrNullObject(): ParagraphImpl {
    return this.sibling(1, true, 'getNextOrNullObject');
  }
  getPrevious(): ParagraphImpl {
    return this.sibling(-1, false, 'getPrevious');
  }
  getPreviousOrNullObject(): ParagraphImpl {
    return this.sibling(-1, true, 'getPreviousOrNullObject');
  }
  /** WordApi 1.7: critiques shown on the paragraph; kept beside the document, never saved. */
  insertAnnotations(annotations: AnnotationSetArg): ClientResultImpl<string[]> {
    const result = new ClientResultImpl<string[]>();
    this._op('insertAnnotations', () => {
      const ids = insertAnnotations(this.host, this._require(), annotations);
      this.context._commits?.push(() => result._set(ids));
    });
    return result;
  }
  getAnnotations(): AnnotationCollectionImpl {
    return new AnnotationCollectionImpl(this.context, () => {
      this._check('getAnnotations');
      const p = this._require();
      return [...this.host.annotations.values()].filter((a) => a.paragraph === p);
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
