import type { Inline, Run } from '@cds/model';
import { convertLegacy, detectLegacyEncoding, isLegacyFontName, type LegacyEncoding } from '@cds/vn';
import { indexOf } from '../../context/index.js';
import { paragraphMemo } from '../../context/memo.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

const NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };
/** Cheap pre-check: legacy text always holds Latin-1 letters. */
const LATIN1 = /[\u00a1-\u00ff]/;
/** Paragraphs reported one by one (each with its fix); the rest are counted in one summary. */
export const LEGACY_DETAIL_LIMIT = 100;
/** Each paragraph's legacy encoding, if any (see `paragraphMemo`). */
const memo = paragraphMemo<LegacyEncoding | null>();

/**
 * Text pasted from TCVN3/VNI documents (not Unicode per TCVN 6909:2001) is found
 * paragraph by paragraph; the fix replaces the paragraph with its Unicode text,
 * in which runs set in an uppercase font (.VnTimeH) become capitals.
 * Past LEGACY_DETAIL_LIMIT paragraphs the rest are counted in one finding (fixing
 * the first ones and validating again brings the next ones up).
 */
export const legacyEncoding: Rule = {
  id: 'legacy-encoding',
  severity: 'warning',
  description: 'Văn bản phải dùng Unicode (TCVN 6909:2001), không dùng bảng mã cũ TCVN3, VNI.',
  run(ctx, report) {
    let more = 0;
    let firstMore: { id: string; section: string | null; raw: string; encoding: LegacyEncoding } | null = null;
    let reported = 0;
    for (const p of indexOf(ctx).paragraphs) {
      const encoding = memo(p, null, () => (LATIN1.test(p.raw) ? detectLegacyEncoding(p.raw) : null));
      if (!encoding) continue;
      if (reported >= LEGACY_DETAIL_LIMIT) {
        more++;
        firstMore ??= { id: p.id, section: p.section, raw: p.raw, encoding };
        continue;
      }
      reported++;
      const converted = convertParagraph(p.raw, runs(p.paragraph.inlines), encoding, p.paragraph.props?.runDefaults?.font);
      report({
        section: p.section,
        blockId: p.id,
        messageId: 'legacyEncoding',
        data: { encoding: NAMES[encoding], excerpt: excerpt(p.raw, 50), converted: excerpt(converted, 50) },
        fix: { kind: 'replaceText', blockId: p.id, text: converted },
      });
    }
    if (firstMore)
      report({
        section: firstMore.section,
        blockId: firstMore.id,
        messageId: 'legacyEncodingSummary',
        data: { count: more, encoding: NAMES[firstMore.encoding], excerpt: excerpt(firstMore.raw, 50) },
      });
  },
};

/**
 * Converts the paragraph as one text (case and sentence context cross run
 * boundaries), then capitalises the runs set in a TCVN3 uppercase font. TCVN3
 * maps one character to one letter, so run offsets carry over.
 */
function convertParagraph(raw: string, parts: Run[], encoding: LegacyEncoding, paragraphFont: string | undefined): string {
  const converted = convertLegacy(raw, encoding);
  if (encoding !== 'tcvn3' || converted.length !== raw.length) return converted;
  let out = '';
  let at = 0;
  for (const r of parts) {
    const slice = converted.slice(at, at + r.text.length);
    out += isLegacyFontName(r.props?.font ?? paragraphFont)?.upper ? slice.toUpperCase() : slice;
    at += r.text.length;
  }
  return out + converted.slice(at);
}

function runs(inlines: readonly Inline[]): Run[] {
  return inlines.flatMap((i) => (i.kind === 'run' ? [i] : runs(i.children)));
}
