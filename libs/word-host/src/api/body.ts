import type { DocumentModel, TableCell } from '@cds/model';
import { nodeText } from '../doc/text.js';
import { isDocument } from '../doc/tree.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import { ContentControlCollectionImpl, ParagraphCollectionImpl, RangeCollectionImpl, TableCollectionImpl } from './collections.js';
import { ContentControlImpl } from './content-control.js';
import { FontImpl } from './font.js';
import { ParagraphImpl } from './paragraph.js';
import { RangeImpl } from './range.js';
import { rangeFor, type RangeLocation } from './range-location.js';
import { clearAt, insertControlAt, insertParagraphAt, insertTableAt, insertTextAt } from './range-edit.js';
import { whole } from './range-target.js';
import { searchIn, type SearchOptions } from './search.js';
import { TableImpl } from './table.js';

type BodyTarget = DocumentModel | TableCell;

/** `Word.Body`: the document's main story, or a table cell's body. https://learn.microsoft.com/javascript/api/word/word.body */
export class BodyImpl extends ClientObjectImpl<BodyTarget> {
  readonly _class = 'Body';
  protected _props(): Props<BodyTarget> {
    return BODY_PROPS as Props<BodyTarget>;
  }
  protected override _navs(): readonly string[] {
    return ['paragraphs', 'tables', 'contentControls', 'font'];
  }
  private get host() {
    return this.context._host.state;
  }
  get paragraphs(): ParagraphCollectionImpl {
    return this._memo('paragraphs', () => ParagraphCollectionImpl.of(this, 'paragraphs'));
  }
  get tables(): TableCollectionImpl {
    return this._memo('tables', () => TableCollectionImpl.of(this, 'tables'));
  }
  get contentControls(): ContentControlCollectionImpl {
    return this._memo('contentControls', () => ContentControlCollectionImpl.of(this, 'contentControls'));
  }
  /** WordApi 1.5. */
  getContentControls(options?: { types?: string[] }): ContentControlCollectionImpl {
    return ContentControlCollectionImpl.of(this, 'getContentControls', options);
  }
  get font(): FontImpl {
    return this._memo('font', () => new FontImpl(this.context, () => whole(this._require())));
  }
  insertParagraph(text: string, location: 'Start' | 'End'): ParagraphImpl {
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
  insertTable(rowCount: number, columnCount: number, location: 'Start' | 'End', values?: string[][]): TableImpl {
    const t = new TableImpl(this.context, () => null);
    this._op('insertTable', () => t._bind(insertTableAt(this.host, whole(this._require()), rowCount, columnCount, location, values)), true);
    return t;
  }
  search(text: string, options?: SearchOptions): RangeCollectionImpl {
    return new RangeCollectionImpl(this.context, () => {
      this._check('search');
      return searchIn(this.host.index(), whole(this._require()), text, options);
    });
  }
  getRange(location?: RangeLocation): RangeImpl {
    return new RangeImpl(this.context, () => {
      this._check('getRange');
      return rangeFor(this.host.index(), this._require(), location);
    });
  }
  clear(): void {
    this._op('clear', () => clearAt(this.host, whole(this._require())), true);
  }
  select(): void {
    this._op('select', () => {
      const t = this._require();
      this.host.selection = isDocument(t) ? undefined : { kind: 'node', node: t };
    });
  }
}

const BODY_PROPS = {
  text: { get: (b: BodyTarget) => nodeText(b) },
  type: { get: (b: BodyTarget) => (isDocument(b) ? 'MainDoc' : 'TableCell') },
};
defineAccessors(BodyImpl, BODY_PROPS as Props<never>);
export interface BodyImpl {
  readonly text: string;
  readonly type: string;
}
