import type { Paragraph } from '@cds/model';
import { errors } from '../errors.js';
import { assertEditable, markChanged } from '../doc/edit.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import type { HostContext } from '../runtime/context.js';

/**
 * `Word.ListItem` (WordApi 1.3) of a numbered or bulleted paragraph: its level and
 * the label Word shows ("1.", "a)", "II.", "•"), from the model's rendered numbering.
 * https://learn.microsoft.com/javascript/api/word/word.listitem
 */
export class ListItemImpl extends ClientObjectImpl<Paragraph> {
  readonly _class = 'ListItem';
  protected _props(): Props<Paragraph> {
    return LIST_ITEM_PROPS as Props<Paragraph>;
  }
}

/** Position among the paragraphs of the same list and level, counted from 0. */
function siblingIndex(p: Paragraph, ctx: HostContext): number {
  const n = p.numbering;
  if (!n) return 0;
  const same = ctx._host.state.index().paragraphs.filter((x) => x.numbering?.numId === n.numId && x.numbering.level === n.level);
  return same.indexOf(p);
}

const LIST_ITEM_PROPS = {
  level: {
    get: (p: Paragraph) => p.numbering?.level ?? 0,
    set: (p: Paragraph, v: number, ctx: HostContext) => {
      if (!p.numbering) throw errors.itemNotFound('not a list item');
      if (!(v >= 0 && v <= 8)) throw errors.invalidArgument('level must be 0–8');
      assertEditable(ctx._host.state, p);
      p.numbering.level = v;
      markChanged(ctx._host.state, p);
    },
  },
  listString: { get: (p: Paragraph) => p.numbering?.label ?? '' },
  siblingIndex: { get: (p: Paragraph, ctx: HostContext) => siblingIndex(p, ctx) },
};
defineAccessors(ListItemImpl, LIST_ITEM_PROPS as Props<never>);
export interface ListItemImpl {
  level: number;
  readonly listString: string;
  readonly siblingIndex: number;
}
