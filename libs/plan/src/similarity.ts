import { foldKey } from '@cds/model';

/** Folded word set of a text ("Hạ tầng số" → {ha, tang, so}). */
export function tokenSet(text: string): Set<string> {
  const key = foldKey(text);
  return new Set(key ? key.split(' ') : []);
}

const YEAR = /^(19|20)\d\d$/;

/**
 * How alike two titles are, 0–1, on folded word sets: Dice coefficient, or 0.8 when
 * every word of a 3+-word `expected` occurs in a `found` at most twice as long
 * ("Phát triển Chính phủ số, chính quyền số" still names "Chính phủ số"). Years, when both name one, must
 * agree: "Kết quả năm 2025" is not "Kết quả năm 2026" (but "Mục tiêu chung năm
 * 2026" is still "Mục tiêu chung"). With `strictYears` (table headers) a year on
 * either side must be on the other: "Mục tiêu" is not "Mục tiêu 2026".
 */
export function titleSimilarity(found: ReadonlySet<string>, expected: ReadonlySet<string>, strictYears = false): number {
  if (found.size === 0 || expected.size === 0) return 0;
  let common = 0;
  for (const t of expected) if (found.has(t)) common++;
  // Years: count those on each side and those shared, without allocating.
  let fy = 0;
  let ey = 0;
  let shared = 0;
  for (const t of found) if (YEAR.test(t)) fy++;
  for (const t of expected)
    if (YEAR.test(t)) {
      ey++;
      if (found.has(t)) shared++;
    }
  const bothNameYears = strictYears ? fy + ey > 0 : fy > 0 && ey > 0;
  if (bothNameYears && (fy !== ey || shared !== ey)) return 0;
  const dice = (2 * common) / (found.size + expected.size);
  const contained = common === expected.size && expected.size >= 3 && found.size <= 2 * expected.size ? 0.8 : 0;
  return Math.max(dice, contained);
}

/** Two names that are the same indicator/section title, allowing small wording differences. */
export function similarTitle(a: string, b: string, threshold = 0.9): boolean {
  return titleSimilarity(tokenSet(a), tokenSet(b)) >= threshold;
}
