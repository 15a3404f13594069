import type { Paragraph } from '@cds/model';
import { errors } from '../errors.js';
import { assertEditable, removeNode, unwrap } from '../doc/edit.js';
import { isControl, isTable, nearest, type Control } from '../doc/tree.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import { CC_PROPS, deleteRowOrCell } from './content-control-props.js';
import { ContentControlCollectionImpl, ParagraphCollectionImpl, RangeCollectionImpl, TableCollectionImpl } from './collections.js';
import { EventHandlersImpl } from './events.js';
import { FontImpl } from './font.js';
import { ParagraphImpl } from './paragraph.js';
import { RangeImpl } from './range.js';
import { rangeFor, type RangeLocation } from './range-location.js';
import { clearAt, insertParagraphAt, insertTableAt, insertTextAt } from './range-edit.js';
import { whole } from './range-target.js';
import { searchIn, type SearchOptions } from './search.js';
import { TableImpl } from './table.js';

/** `Word.ContentControl` (rich text, block or inline). https://learn.microsoft.com/javascript/api/word/word.contentcontrol */
export class ContentControlImpl extends ClientObjectImpl<Control> {
  readonly _class = 'ContentControl';

  protected _props(): Props<Control> {
    return CC_PROPS as Props<Control>;
  }
  protected override _navs(): readonly string[] {
    return ['font', 'paragraphs', 'contentControls', 'tables', 'parentContentControl', 'parentContentControlOrNullObject', 'parentTableOrNullObject'];
  }
  private get host() {
    return this.context._host.state;
  }

  get font(): FontImpl {
    return this._memo('font', () => new FontImpl(this.context, () => whole(this._require())));
  }
  get paragraphs(): ParagraphCollectionImpl {
    return this._memo('paragraphs', () => ParagraphCollectionImpl.of(this, 'paragraphs'));
  }
  get contentControls(): ContentControlCollectionImpl {
    return this._memo('contentControls', () => ContentControlCollectionImpl.of(this, 'contentControls'));
  }
  /** WordApi 1.5. */
  getContentControls(options?: { types?: string[] }): ContentControlCollectionImpl {
    return ContentControlCollectionImpl.of(this, 'getContentControls', options);
  }
  get tables(): TableCollectionImpl {
    return this._memo('tables', () => TableCollectionImpl.of(this, 'tables'));
  }
  get parentContentControl(): ContentControlImpl {
    return this._memo('parentContentControl', () => parentControlOf(this, false, 'parentContentControl'));
  }
  get parentContentControlOrNullObject(): ContentControlImpl {
    return this._memo('parentContentControlOrNullObject', () => parentControlOf(this, true, 'parentContentControlOrNullObject'));
  }
  get parentTableOrNullObject(): TableImpl {
    return this._memo('parentTableOrNullObject', () => {
      const t = new TableImpl(this.context, () => {
        this._check('parentTableOrNullObject');
        return nearest(this.host.index(), this._require(), isTable) ?? null;
      }, true);
      t._op('parentTableOrNullObject', () => void t._resolve(), false, true);
      return t;
    });
  }

  /** WordApi 1.5 events. https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-ondatachanged-member */
  get onDataChanged(): EventHandlersImpl {
    return this._memo('onDataChanged', () => new EventHandlersImpl(this, 'onDataChanged'));
  }
  get onDeleted(): EventHandlersImpl {
    return this._memo('onDeleted', () => new EventHandlersImpl(this, 'onDeleted'));
  }
  get onEntered(): EventHandlersImpl {
    return this._memo('onEntered', () => new EventHandlersImpl(this, 'onEntered'));
  }
  get onExited(): EventHandlersImpl {
    return this._memo('onExited', () => new EventHandlersImpl(this, 'onExited'));
  }

  insertParagraph(text: string, location: 'Start' | 'End' | 'Before' | 'After'): ParagraphImpl {
    const p = new ParagraphImpl(this.context, () => null);
    this._op('insertParagraph', () => {
      const c = this._require();
      const holdsBlocks = 'kind' in c ? c.kind === 'blockControl' : 'blocks' in c;
      if (!holdsBlocks && (location === 'Start' || location === 'End'))
        throw errors.invalidArgument('only block and cell content controls hold paragraphs');
      p._bind(insertParagraphAt(this.host, whole(c), text, location));
    }, true);
    return p;
  }
  insertText(text: string, location: 'Replace' | 'Start' | 'End' | 'Before' | 'After'): RangeImpl {
    const r = new RangeImpl(this.context, () => null);
    this._op('insertText', () => r._bind(insertTextAt(this.host, whole(this._require()), text, location)), true);
    return r;
  }
  insertTable(rowCount: number, columnCount: number, location: 'Start' | 'End' | 'Before' | 'After', values?: string[][]): TableImpl {
    const t = new TableImpl(this.context, () => null);
    this._op('insertTable', () => t._bind(insertTableAt(this.host, whole(this._require()), rowCount, columnCount, location, values)), true);
    return t;
  }
  clear(): void {
    this._op('clear', () => clearAt(this.host, whole(this._require())), true);
  }
  /** delete(keepContent): `w:lock` sdtLocked (cannotDelete) refuses it with AccessDenied. */
  delete(keepContent: boolean): void {
    this._op('delete', () => {
      const c = this._require();
      if (c.cc.cannotDelete) throw errors.accessDenied(`content control ${c.cc.tag ?? c.cc.sdtId} cannot be deleted`);
      if (keepContent) {
        const loc = this.host.index().locs.get(c);
        if (loc) assertEditable(this.host, loc.parent as never);
        unwrap(this.host, c);
      } else if ('kind' in c) removeNode(this.host, c);
      else deleteRowOrCell(this.host, c);
    }, true);
  }
  select(): void {
    this._op('select', () => (this.host.selection = { kind: 'node', node: this._require() }));
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
}

defineAccessors(ContentControlImpl, CC_PROPS as Props<never>);
export interface ContentControlImpl {
  readonly id: number;
  tag: string;
  title: string;
  readonly text: string;
  readonly type: string;
  readonly subtype: string;
  appearance: string;
  color: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  placeholderText: string;
}

/**
 * `parentContentControl[OrNullObject]` of any object inside the document: the
 * nearest enclosing control, resolved at sync (shared by paragraphs and controls).
 */
export function parentControlOf<T extends Control | Paragraph>(owner: ClientObjectImpl<T>, nullable: boolean, member: string): ContentControlImpl {
  const cc = new ContentControlImpl(owner.context, () => {
    owner._check(member);
    return nearest(owner.context._host.state.index(), owner._require(), (n): n is Control => isControl(n)) ?? null;
  }, nullable);
  if (nullable) cc._op(member, () => void cc._resolve(), false, true);
  return cc;
}
