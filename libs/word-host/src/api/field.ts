import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import type { RangeImpl } from './range.js';
import { make } from './makers.js';
import type { RangeTarget } from './range-target.js';

/**
 * `Word.Field` as the host makes it: a PAGE field in a header or footer (the model
 * keeps where a PAGE field is, nothing else). https://learn.microsoft.com/javascript/api/word/word.field
 */
export class FieldImpl extends ClientObjectImpl<RangeTarget> {
  readonly _class = 'Field';
  protected _props(): Props<RangeTarget> {
    return FIELD_PROPS as Props<RangeTarget>;
  }
  protected override _navs(): readonly string[] {
    return ['result'];
  }
  /** The field's result: the page number Word shows. */
  get result(): RangeImpl {
    return this._memo('result', () => make.range(this.context, () => this._require()));
  }
}
const FIELD_PROPS = {
  code: { get: () => ' PAGE ' },
  type: { get: () => 'Page' },
};
defineAccessors(FieldImpl, FIELD_PROPS as Props<never>);
export interface FieldImpl {
  readonly code: string;
  readonly type: string;
}
