import type { Alignment, Paragraph } from '@cds/model';
import { errors } from '../errors.js';
import { assertEditable, markChanged } from '../doc/edit.js';
import { apiOutlineLevel, applyStyle, styleBuiltIn, styleName } from '../doc/styles.js';
import { apiText, paragraphText } from '../doc/text.js';
import { isTable } from '../doc/tree.js';
import type { HostContext } from '../runtime/context.js';

const CM_TO_PT = 72 / 2.54;
const ALIGN_TO_API: Record<Alignment, string> = { left: 'Left', center: 'Centered', right: 'Right', justify: 'Justified', distribute: 'Justified' };
const ALIGN_FROM_API: Record<string, Alignment> = { Left: 'left', Centered: 'center', Right: 'right', Justified: 'justify' };

const set = (fn: (p: Paragraph, v: never, host: HostContext['_host']['state']) => void) => (p: Paragraph, v: never, ctx: HostContext) => {
  const host = ctx._host.state;
  assertEditable(host, p);
  fn(p, v, host);
  markChanged(host, p);
};
const pp = (p: Paragraph) => (p.props ??= {});

/** Paragraph properties: how each reads from and writes to the model (points ↔ cm where needed). */
export const PARAGRAPH_PROPS = {
  text: { get: (p: Paragraph) => apiText(paragraphText(p)) },
  style: { get: (p: Paragraph) => styleName(p), set: set((p, v: string) => applyStyle(p, v)) },
  styleBuiltIn: { get: (p: Paragraph) => styleBuiltIn(p), set: set((p, v: string) => applyStyle(p, v)) },
  outlineLevel: {
    get: (p: Paragraph) => apiOutlineLevel(p),
    set: set((p, v: number) => {
      if (!(v >= 1 && v <= 10)) throw errors.invalidArgument('outlineLevel must be 1–10');
      if (v === 10) delete p.outlineLevel;
      else p.outlineLevel = v - 1;
    }),
  },
  isListItem: { get: (p: Paragraph) => p.numbering !== undefined },
  isLastParagraph: { get: (p: Paragraph, ctx: HostContext) => ctx._host.state.index().paragraphs.at(-1) === p },
  tableNestingLevel: {
    get: (p: Paragraph, ctx: HostContext) => (ctx._host.state.index().locs.get(p)?.ancestors ?? []).filter(isTable).length,
  },
  alignment: {
    get: (p: Paragraph) => ALIGN_TO_API[p.props?.alignment ?? 'left'],
    set: set((p, v: string) => {
      const a = ALIGN_FROM_API[v];
      if (!a) throw errors.invalidArgument(`alignment '${v}'`);
      pp(p).alignment = a;
    }),
  },
  firstLineIndent: {
    get: (p: Paragraph) => (p.props?.firstLineIndentCm ?? 0) * CM_TO_PT,
    set: set((p, v: number) => (pp(p).firstLineIndentCm = v / CM_TO_PT)),
  },
  leftIndent: {
    get: (p: Paragraph) => (p.props?.leftIndentCm ?? 0) * CM_TO_PT,
    set: set((p, v: number) => (pp(p).leftIndentCm = v / CM_TO_PT)),
  },
  spaceAfter: { get: (p: Paragraph) => p.props?.spacingAfterPt ?? 0, set: set((p, v: number) => (pp(p).spacingAfterPt = v)) },
  spaceBefore: { get: (p: Paragraph) => p.props?.spacingBeforePt ?? 0, set: set((p, v: number) => (pp(p).spacingBeforePt = v)) },
  /** Points; a multiple of single spacing counts 12 pt per line, as Word reports it. */
  lineSpacing: {
    get: (p: Paragraph) => {
      const ls = p.props?.lineSpacing;
      return ls ? (ls.rule === 'auto' ? ls.value * 12 : ls.value) : 12;
    },
    set: set((p, v: number) => (pp(p).lineSpacing = { rule: 'auto', value: v / 12 })),
  },
  uniqueLocalId: { get: (p: Paragraph, ctx: HostContext) => ctx._host.state.uniqueLocalId(p) },
};
