import type { LegacyEncoding } from './convert.js';

/**
 * The legacy encoding a font name implies: ".VnTime", ".VnArialH" (TCVN3/ABC),
 * "VNI-Times", "VNI-Helve" (VNI); null for Unicode fonts. `upper` marks the
 * TCVN3 uppercase fonts (names ending in "H").
 */
export function isLegacyFontName(font: string | undefined): { encoding: LegacyEncoding; upper: boolean } | null {
  if (!font) return null;
  const f = font.trim();
  if (/^\.vn/i.test(f)) return { encoding: 'tcvn3', upper: /H$/.test(f) };
  if (/^vni[- ]/i.test(f)) return { encoding: 'vni', upper: false };
  return null;
}
