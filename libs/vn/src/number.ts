import { foldVn } from './fold.js';

/** A comparison a target is stated with ("≥ 80%", "tối thiểu 80%"). */
export type Comparator = '>=' | '<=' | '>' | '<' | '=';

/** A parsed quantity: 95% → { value: 95, percent: true }. */
export interface VnNumber {
  value: number;
  percent: boolean;
  comparator?: Comparator;
}

/** Words (folded) that may stand before a target's number, with the comparison they state. */
const PREFIX_WORDS: ReadonlyArray<[string, Comparator | null]> = [
  ['khong thap hon', '>='],
  ['khong duoi', '>='],
  ['khong vuot qua', '<='],
  ['khong qua', '<='],
  ['khong cao hon', '<='],
  ['toi thieu', '>='],
  ['it nhat', '>='],
  ['toi da', '<='],
  ['tren', '>'],
  ['duoi', '<'],
  ['hon', '>'],
  ['bang', '='],
  ['dat muc', null],
  ['dat', null],
  ['phan dau', null],
  ['khoang', null],
  ['xap xi', null],
  ['muc', null],
  ['tu', null],
];

const SYMBOLS: ReadonlyArray<[string, Comparator]> = [
  ['>=', '>='],
  ['=>', '>='],
  ['≥', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/** A number as written: digits with "." or "," or space groups, optional decimal part. */
const NUMBER = /^[+-]?\d[\d.,]*(?: \d{3}(?![\d]))*/;

/**
 * Reads one number token in Vietnamese format ("1.234,5"), tolerating English
 * format only where it cannot be read the Vietnamese way ("1.5", "1,234.5").
 */
export function readNumberToken(token: string): number | null {
  let t = token.replace(/ /g, '');
  const sign = t.startsWith('-') ? -1 : 1;
  t = t.replace(/^[+-]/, '');
  if (!/^\d[\d.,]*$/.test(t)) return null;
  t = t.replace(/[.,]$/, '');
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  let normal: string | null = null;
  if (dots === 0 && commas === 0) normal = t;
  else if (commas <= 1 && (dots === 0 || /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t))) {
    // Vietnamese: "." groups thousands, "," is the decimal mark.
    normal = t.replace(/\./g, '').replace(',', '.');
  } else if (dots === 1 && commas === 0) {
    // "1.5" cannot be a thousands group: read as an English decimal.
    normal = t;
  } else if (dots <= 1 && /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
    // "1,234.5" / "1,234,567": English grouping, unambiguous because it has 2+ groups or a dot after.
    if (commas === 1 && dots === 0) normal = t.replace(',', '.');
    else normal = t.replace(/,/g, '');
  }
  if (normal === null || !/^\d+(\.\d+)?$/.test(normal)) return null;
  return sign * Number(normal);
}

/**
 * Parses a target as Vietnamese write it: "1.234,5", "95%", "95 %", "≥ 80%",
 * ">= 80", "tối thiểu 80%", "100", "14,5". Words like "nâng cao", "đạt",
 * "cơ bản hoàn thành" or an empty cell give null. A number that is a date or a
 * year after "năm/quý/tháng" is not a quantity either.
 */
export function parseVnNumber(text: string): VnNumber | null {
  let s = foldVn(text);
  if (!s) return null;
  // "Năm 2026: 95%" names the year before the target.
  s = s.replace(/^(nam|den nam|den het nam) 20\d\d\b[:,]?\s*/, '');
  let comparator: Comparator | undefined;
  // Comparison symbols and prefix words, in any order, before the number.
  for (let guard = 0; guard < 6; guard++) {
    const sym = SYMBOLS.find(([k]) => s.startsWith(k));
    if (sym) {
      comparator ??= sym[1];
      s = s.slice(sym[0].length).trimStart();
      continue;
    }
    const word = PREFIX_WORDS.find(([w]) => s === w || s.startsWith(w + ' '));
    if (word) {
      if (word[1]) comparator ??= word[1];
      s = s.slice(word[0].length).trimStart();
      continue;
    }
    break;
  }
  const m = NUMBER.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length).trimStart();
  // "31/12/2026", "6/2026": a date, not a quantity.
  if (rest.startsWith('/') || /^\d/.test(rest)) return null;
  const value = readNumberToken(m[0]);
  if (value === null) return null;
  // "80 - 90%": a range states its unit once, at its end.
  const percent = rest.startsWith('%') || rest.startsWith('phan tram') || /^-\s*\d[\d.,]*\s*%/.test(rest);
  if (!comparator) {
    if (/(^|\s)tro len\b/.test(rest)) comparator = '>=';
    else if (/(^|\s)tro xuong\b/.test(rest)) comparator = '<=';
  }
  return comparator ? { value, percent, comparator } : { value, percent };
}

/** True when the text states a number, percentage or count ("95%", "≥ 80", "12 hệ thống"). */
export function isQuantified(text: string): boolean {
  return parseVnNumber(text) !== null;
}
