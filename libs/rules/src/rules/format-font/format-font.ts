import { Tally, textRuns } from '../../context/format.js';
import { indexOf } from '../../context/index.js';
import { defaultsKey, paragraphMemo } from '../../context/memo.js';
import type { Rule } from '../../rule.js';

const FONT = 'times new roman';
const BLACK = new Set(['auto', '000000']);
/** Each paragraph's first wrong font and colour (see `paragraphMemo`). */
const memo = paragraphMemo<{ badFont: string | undefined; badColor: string | undefined }>();

/** Times New Roman, black, everywhere (Nghị định 30/2020/NĐ-CP, Phụ lục I). Reported once per problem. */
export const formatFont: Rule = {
  id: 'format-font',
  severity: 'warning',
  description: 'Phông chữ Times New Roman, màu đen.',
  run(ctx, report) {
    const tally = new Tally();
    const deps = defaultsKey(ctx.doc);
    for (const p of indexOf(ctx).paragraphs) {
      const { badFont, badColor } = memo(p, deps, () => {
        let badFont: string | undefined, badColor: string | undefined;
        for (const r of textRuns(p.paragraph, ctx.doc)) {
          if (r.props.font && r.props.font.trim().toLowerCase() !== FONT) badFont ??= r.props.font;
          if (r.props.color && !BLACK.has(r.props.color.toLowerCase().replace(/^#/, ''))) badColor ??= `#${r.props.color.replace(/^#/, '')}`;
        }
        return { badFont, badColor };
      });
      if (badFont) tally.add('formatFont', p.id, p.section, badFont);
      if (badColor) tally.add('formatColor', p.id, p.section, badColor);
    }
    tally.flush(report);
  },
};
