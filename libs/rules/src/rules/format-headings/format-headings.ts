import { sectionById } from '@cds/template';
import { Tally, sizeOk, textRuns } from '../../context/format.js';
import { indexOf } from '../../context/index.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/** Letters are all capitals (digits, punctuation and the number prefix aside). */
const isCaps = (s: string) => s === s.toUpperCase() && /\p{Lu}/u.test(s);
/** The heading's title, without "Phần I." / "III." / "2.1." in front. */
const titleOf = (s: string) =>
  s
    .normalize('NFC')
    .replace(/^\s*(phần|phan)\s+[ivxlc]+\s*[.:-]?\s*/i, '')
    .replace(/^\s*[ivxlc\d.]+\s*[.)-]?\s*/i, '');

/**
 * Headings per Nghị định 30: "Phần" bold and centred with its title in capitals;
 * "I." sections in capitals, bold; "1." items bold; "a)" points upright (not
 * italic); all 13–14 pt. One finding per kind of problem.
 */
export const formatHeadings: Rule = {
  id: 'format-headings',
  severity: 'warning',
  description: 'Tiêu đề "Phần" in đậm, căn giữa, tên in hoa; mục "I." in hoa, đậm; mục "1." in đậm; điểm "a)" in đứng; cỡ chữ 13–14.',
  run(ctx, report) {
    const ix = indexOf(ctx);
    const tally = new Tally();
    const excerpts = new Map<string, string>();
    // A run-in heading ("1. Phát huy …: Rà soát …") is judged on its title, not on the sentence after it.
    const runIn = new Map<string, number>();
    for (const s of ctx.outline.sections) if (s.runInText) runIn.set(s.headingBlockId, s.runInText.length);
    for (const p of ix.paragraphs) {
      if (p.isItemLabel) {
        const runs = textRuns(p.paragraph, ctx.doc);
        if (runs.some((r) => r.props.italic)) {
          tally.add('formatHeadingPointItalic', p.id, p.section);
          excerpts.set(p.id, excerpt(p.text, 60));
        }
        continue;
      }
      if (!p.isHeading || !p.section) continue;
      const level = sectionById(ctx.template, p.section)?.level;
      if (level === undefined) continue;
      const runs = titleRuns(textRuns(p.paragraph, ctx.doc), p.raw.length - (runIn.get(p.id) ?? 0));
      const bold = runs.length > 0 && runs.every((r) => r.props.bold);
      // "Phần I" alone on its line (the title on the next) has no title to check.
      const title = titleOf(p.raw).trim();
      const caps = title === '' || runs.every((r) => r.props.caps) || isCaps(title);
      excerpts.set(p.id, excerpt(p.text, 60));
      const badSize = runs.map((r) => r.props.sizePt).find((s) => !sizeOk(s));
      if (badSize !== undefined) tally.add('formatHeadingSize', p.id, p.section, `${badSize} pt`);
      if (level === 0) {
        if (!bold) tally.add('formatHeadingPartBold', p.id, p.section);
        if ((p.paragraph.props?.alignment ?? 'left') !== 'center') tally.add('formatHeadingPartCenter', p.id, p.section);
        if (!caps) tally.add('formatHeadingPartCaps', p.id, p.section);
      } else if (level === 1) {
        if (!bold) tally.add('formatHeadingRomanBold', p.id, p.section);
        if (!caps) tally.add('formatHeadingRomanCaps', p.id, p.section);
      } else if (!bold) tally.add('formatHeadingArabicBold', p.id, p.section);
    }
    tally.flush(report, excerpts);
  },
};

/** The runs that start within the first `chars` characters (the heading's title part). */
function titleRuns<T extends { text: string }>(runs: T[], chars: number): T[] {
  const out: T[] = [];
  let at = 0;
  for (const r of runs) {
    if (at >= chars && out.length) break;
    out.push(r);
    at += r.text.length;
  }
  return out;
}
