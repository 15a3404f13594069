export { parseVnNumber, isQuantified, readNumberToken, type VnNumber, type Comparator } from './number.js';
export { formatVnNumber } from './format.js';
export { parseMoneyVnd, moneyUnitMultiplier } from './money.js';
export {
  parseDeadline,
  isDeadlinePeriod,
  type DeadlineKind,
  type DeadlinePeriod,
  type DeadlineError,
  type DeadlineResult,
  type DeadlineWindow,
} from './deadline.js';
export { findCitations, citationNumberKey, citationNumberCore, citationSerial, type Citation } from './citation.js';
export * from './legacy/index.js';
export { hasDecomposedText, isNfc } from './unicode.js';
export { foldVn } from './fold.js';
export { vnMessages } from './messages.vi.js';
