import type { Inline, Run } from '@cds/model';
import { convertLegacy, detectLegacyEncoding, isLegacyFontName, type LegacyEncoding } from '@cds/vn';
import { indexOf } from '../../context/index.js';
import { excerpt, msg } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

const NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };
/** Cheap pre-check: legacy text always holds Latin-1 letters. */
const LATIN1 = /[\u00a1-\u00ff]/;

/**
 * Text pasted from TCVN3/VNI documents (not Unicode per TCVN 6909:2001) is found
 * paragraph by paragraph; the fix replaces the paragraph with its Unicode text,
 * converted run by run so a run in an uppercase font (.VnTimeH) becomes capitals.
 */
export const legacyEncoding: Rule = {
  id: 'legacy-encoding',
  severity: 'warning',
  description: 'Văn bản phải dùng Unicode (TCVN 6909:2001), không dùng bảng mã cũ TCVN3, VNI.',
  run(ctx, report) {
    for (const p of indexOf(ctx).paragraphs) {
      if (!LATIN1.test(p.raw)) continue;
      const encoding = detectLegacyEncoding(p.raw);
      if (!encoding) continue;
      const converted = runs(p.paragraph.inlines)
        .map((r) => convertLegacy(r.text, encoding, { upperFont: isLegacyFontName(r.props?.font ?? p.paragraph.props?.runDefaults?.font)?.upper ?? false }))
        .join('');
      report({
        section: p.section,
        blockId: p.id,
        message: msg('legacyEncoding', { encoding: NAMES[encoding], excerpt: excerpt(p.raw, 50), converted: excerpt(converted, 50) }),
        fix: { kind: 'replaceText', blockId: p.id, text: converted },
      });
    }
  },
};

function runs(inlines: readonly Inline[]): Run[] {
  return inlines.flatMap((i) => (i.kind === 'run' ? [i] : runs(i.children)));
}
