export { convertLegacy, encodeLegacy, type LegacyEncoding, type ConvertOptions } from './convert.js';
export { detectLegacyEncoding } from './detect.js';
export { isVietnameseSyllable } from './syllable.js';
export { isLegacyFontName } from './fonts.js';
