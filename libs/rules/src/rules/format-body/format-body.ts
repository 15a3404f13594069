import { ALIGN_VI, Tally, sizeOk, textRuns } from '../../context/format.js';
import type { DocumentModel } from '@cds/model';
import { indexOf, type ParagraphInfo } from '../../context/index.js';
import { defaultsKey, paragraphMemo } from '../../context/memo.js';
import type { MessageKey } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

const INDENTS = [1, 1.27];
const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
/** Each paragraph's problems (see `paragraphMemo`). */
const memo = paragraphMemo<[MessageKey, string | undefined][] | 'end'>();
const num = (n: number) => `${Math.round(n * 100) / 100}`.replace('.', ',');

/**
 * Body text per Nghị định 30: 13–14 pt, justified, first-line indent 1 or 1,27 cm,
 * at least 6 pt between paragraphs, line spacing single to 1,5 lines. Body text is
 * what follows the first section heading, outside headings, item labels and
 * tables, up to the "Nơi nhận" block. One finding per kind of problem.
 */
export const formatBody: Rule = {
  id: 'format-body',
  severity: 'warning',
  description: 'Nội dung cỡ chữ 13–14, căn đều, lùi đầu dòng 1–1,27 cm, cách đoạn tối thiểu 6 pt, giãn dòng từ đơn đến 1,5.',
  run(ctx, report) {
    const tally = new Tally();
    const deps = defaultsKey(ctx.doc);
    for (const p of indexOf(ctx).paragraphs) {
      const found = memo(p, deps, () => problems(p, ctx.doc));
      if (found === 'end') break;
      for (const [kind, value] of found) tally.add(kind, p.id, p.section, value);
    }
    tally.flush(report);
  },
};

/** A paragraph's body-format problems in the order they are tallied; 'end' at the "Nơi nhận" block. */
function problems(p: ParagraphInfo, doc: DocumentModel): [MessageKey, string | undefined][] | 'end' {
  const out: [MessageKey, string | undefined][] = [];
  if (p.section === null || p.isHeading || p.isItemLabel || p.tableId || !p.text) return out;
  if (p.folded.startsWith('noi nhan')) return 'end';
  if (p.paragraph.outlineLevel !== undefined) return out;
  const props = p.paragraph.props ?? {};
  const sizes = textRuns(p.paragraph, doc)
    .map((r) => r.props.sizePt)
    .filter((s) => !sizeOk(s));
  if (sizes.length) out.push(['formatBodySize', `${num(sizes[0]!)} pt`]);
  const align = props.alignment ?? 'left';
  if (align !== 'justify' && align !== 'distribute') out.push(['formatBodyAlign', ALIGN_VI[align]]);
  const indent = props.firstLineIndentCm ?? 0;
  if (!INDENTS.some((v) => near(indent, v, 0.05))) out.push(['formatBodyIndent', `${num(indent)} cm`]);
  const spacing = (props.spacingBeforePt ?? 0) + (props.spacingAfterPt ?? 0);
  if (spacing < 5.95) out.push(['formatBodySpacing', `${num(spacing)} pt`]);
  const ls = props.lineSpacing;
  if (ls && !(ls.rule === 'auto' ? ls.value >= 0.99 && ls.value <= 1.51 : ls.value >= 12 && ls.value <= 25))
    out.push(['formatBodyLineSpacing', ls.rule === 'auto' ? `${num(ls.value)} dòng` : `${num(ls.value)} pt`]);
  return out;
}
