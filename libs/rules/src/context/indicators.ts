import { fold } from './fold.js';
import type { CatalogEntry, Indicator } from '@cds/plan';
import { isBlankish } from './content.js';

/** How an indicator is named in messages: its name, or its row number when unnamed. */
export function indicatorName(ind: Indicator, index: number): string {
  const name = ind.name.replace(/\s+/g, ' ').trim();
  if (!name || isBlankish(name)) return `dòng ${index + 1} của bảng chỉ tiêu`;
  return name.length > 90 ? `${name.slice(0, 89)}…` : name;
}

/** True when every field of a row is empty (a blank row left in the table, not an indicator). */
export function isEmptyRow(ind: Indicator): boolean {
  return [ind.name, ind.unit, ind.target2026, ind.target2030, ind.method, ind.measurement, ind.lead, ind.deadline, ind.resources].every((v) => isBlankish(v));
}

const wordCache = new Map<string, Set<string>>();

/** Words compared with i/y spelling variants unified ("tỷ lệ" = "tỉ lệ"); cached, names repeat across rules. */
function words(name: string): Set<string> {
  let w = wordCache.get(name);
  if (w) return w;
  w = new Set(
    fold(name)
      .split(' ')
      .filter(Boolean)
      .map((x) => x.replace(/^([bdhklmnqstv])y$/, '$1i')),
  );
  if (wordCache.size > 20_000) wordCache.clear();
  wordCache.set(name, w);
  return w;
}

/** Similarity of two indicator names: shared words over the longer name's words. */
export function nameSimilarity(a: string, b: string): number {
  const A = words(a),
    B = words(b);
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return shared / Math.max(A.size, B.size);
}

/** Names this close count as the same indicator. */
export const SAME_NAME = 0.8;

const codeKey = (c: string | null | undefined) => (c ?? '').trim().toUpperCase();

/** The catalogue entry an indicator row stands for: by code, or by a closely matching name. */
export function matchEntry(ind: Indicator, catalog: readonly CatalogEntry[]): CatalogEntry | undefined {
  const code = codeKey(ind.code);
  if (code) {
    const byCode = catalog.find((e) => codeKey(e.code) === code);
    if (byCode) return byCode;
  }
  let best: CatalogEntry | undefined;
  let bestScore = SAME_NAME;
  for (const e of catalog) {
    const s = nameSimilarity(ind.name, e.name);
    if (s >= bestScore) {
      best = e;
      bestScore = s;
    }
  }
  return best;
}
