import { foldVn } from './fold.js';
import { readNumberToken } from './number.js';

/** Multipliers of the money units Vietnamese plans write (folded spelling). */
const UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(ty|ti)( dong| vnd)?\b/, 1e9],
  [/^(trieu|tr)( dong| vnd|d)?\b|^trd\b|^tr\.d\b/, 1e6],
  [/^(nghin|ngan)( dong| vnd)?\b/, 1e3],
  [/^(dong|vnd|d)\b/, 1],
];

const AMOUNT = /(\d[\d.,]*(?: \d{3}(?!\d))*)\s*/g;

/** The multiplier a unit text states ("triệu đồng" → 1e6), or null when it names no money unit. */
export function moneyUnitMultiplier(unitText: string): number | null {
  const s = foldVn(unitText).replace(/[()]/g, ' ').trim();
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && /[a-z]/.test(s[i - 1]!)) continue;
    const tail = s.slice(i);
    for (const [re, mult] of UNITS) if (re.test(tail)) return mult;
  }
  return null;
}

/**
 * Parses an amount of money into VND: "1.250 triệu đồng" → 1 250 000 000,
 * "2,5 tỷ đồng", "500.000.000 đồng". A bare number takes the unit of `unitHint`
 * (the column header, e.g. "Kinh phí (triệu đồng)"), or đồng when there is none.
 * Returns null when the text holds no readable amount.
 */
export function parseMoneyVnd(text: string, unitHint?: string): number | null {
  const s = foldVn(text);
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(s); m; m = AMOUNT.exec(s)) {
    const token = m[1]!;
    const end = m.index + token.length;
    const before = s.slice(0, m.index);
    // A document number ("749/QĐ-TTg"), a date or a year ("năm 2026") is not an amount.
    if (/[\d/]$/.test(before) || s[end] === '/' || s[end] === '-' || /(nam|giai doan|quy|thang) $/.test(before)) continue;
    const value = readNumberToken(token);
    if (value === null) return null;
    const after = s.slice(m.index + m[0].length);
    let mult: number | null = null;
    for (const [re, k] of UNITS)
      if (re.test(after)) {
        mult = k;
        break;
      }
    mult ??= unitHint ? (moneyUnitMultiplier(unitHint) ?? 1) : 1;
    return Math.round(value * mult);
  }
  return null;
}
