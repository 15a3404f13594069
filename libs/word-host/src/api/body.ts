import type { DocumentModel, TableCell } from '@cds/model';
import { apiText, nodeText } from '../doc/text.js';
import { isDocument, type Story } from '../doc/tree.js';
import { defineAccessors, type Props } from '../runtime/client-object.js';
import { make } from './makers.js';
import { RangeLikeImpl } from './range-like.js';
import { whole, type RangeTarget } from './range-target.js';

type BodyTarget = DocumentModel | TableCell;

/** `Word.Body`: the document's main story, or a table cell's body. https://learn.microsoft.com/javascript/api/word/word.body */
export class BodyImpl extends RangeLikeImpl<BodyTarget> {
  readonly _class = 'Body';
  protected _props(): Props<BodyTarget> {
    return BODY_PROPS as Props<BodyTarget>;
  }
  protected override _navs(): readonly string[] {
    return ['paragraphs', 'tables', 'contentControls', 'font'];
  }
  protected _range(): RangeTarget {
    return whole(this._require());
  }
  /** Headers and footers are no node of the body: alive while their section is. */
  protected override _alive(t: BodyTarget): boolean {
    return isDocument(t) || 'story' in t || this.context._host.state.index().locs.has(t);
  }
}

const BODY_PROPS = {
  text: { get: (b: BodyTarget) => apiText(nodeText(b)) },
  type: { get: (b: BodyTarget) => (isDocument(b) ? 'MainDoc' : 'story' in b ? (b as Story).story : 'TableCell') },
};
defineAccessors(BodyImpl, BODY_PROPS as Props<never>);
export interface BodyImpl {
  readonly text: string;
  readonly type: string;
}
make.body = (ctx, path, nullable) => new BodyImpl(ctx, path, nullable);
