import { describe, expect, it } from 'vitest';
import { foldKey } from '@cds/model';
import { getTemplate } from '@cds/template';
import type { TableColumn } from '@cds/template';
import { table } from './testing/index.js';
import { assignColumns, MAX_HEADER_TEXT, recognizeTable, recognizeWork } from './table-recognize.js';
import type { ColumnMatch } from './table-recognize.js';
import { titleSimilarity, tokenSet } from './similarity.js';

const template = getTemplate();
const kinds = Object.values(template.tables);

/**
 * The straightforward matching (as it was before the header cache and the score
 * bounds): every header text folded and compared in full with every label of every
 * column, every joined header split and every part scored.
 */
const foldedLabels = new Map<string, string>();
const folded = (l: string) => foldedLabels.get(l) ?? foldedLabels.set(l, foldKey(l)).get(l)!;

function referenceAssign(texts: string[][], columns: readonly TableColumn[]): ColumnMatch[] {
  const keywordScore = (set: Set<string>, col: TableColumn) => {
    let best = 0;
    for (const words of col.keywords ?? []) if (words.every((w) => set.has(w))) best = Math.max(best, Math.min(0.78 + 0.01 * words.length, 0.84));
    return best;
  };
  const labelScore = (key: string, set: Set<string>, col: TableColumn) => {
    if (!key) return 0;
    let best = keywordScore(set, col);
    for (const l of [col.label, ...col.variants].map(folded)) {
      if (key === l) return 1;
      if (l.length <= 3 || key.length <= 3) continue;
      best = Math.max(best, titleSimilarity(set, tokenSet(l), true));
    }
    return best;
  };
  const pairs: { col: number; key: string; score: number }[] = [];
  texts.forEach((cands, col) => {
    for (const spec of columns)
      for (const h of cands) {
        const key = foldKey(h);
        const score = labelScore(key, tokenSet(key), spec);
        if (score >= 0.75) pairs.push({ col, key: spec.key, score });
      }
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const usedCols = new Set<number>();
  const usedKeys = new Set<string>();
  const out: ColumnMatch[] = [];
  for (const p of pairs) {
    if (usedCols.has(p.col) || usedKeys.has(p.key)) continue;
    usedCols.add(p.col);
    usedKeys.add(p.key);
    out.push({ key: p.key, col: p.col, header: texts[p.col]!.at(-1)! });
  }
  texts.forEach((cands, col) => {
    const header = cands[0];
    if (!header || !usedCols.has(col)) return;
    const parts = header.split(/\s*(?:[,;/]|\bvà\b)\s*/u).filter(Boolean);
    if (parts.length < 2) return;
    const found = new Set<string>();
    for (const part of parts) {
      const key = foldKey(part);
      let best: { key: string; score: number } | null = null;
      for (const spec of columns) {
        const score = labelScore(key, tokenSet(key), spec);
        if (score >= 0.75 && (!best || score > best.score)) best = { key: spec.key, score };
      }
      if (best) found.add(best.key);
    }
    if (found.size < 2) return;
    for (const key of found)
      if (!usedKeys.has(key)) {
        usedKeys.add(key);
        out.push({ key, col, header: texts[col]!.at(-1)! });
      }
  });
  return out.sort((a, b) => a.col - b.col);
}

/** A small deterministic generator (the headers are the same on every run). */
function rng(seed: number) {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

const allLabels = kinds.flatMap((k) => k.columns.flatMap((c) => [c.label, ...c.variants]));
const vocabulary = [...new Set(allLabels.flatMap((l) => l.split(/[\s,;/]+/)).filter(Boolean))];
const extras = ['năm', '2025', '2026', '2030', 'kết quả', 'dự kiến', 'ghi chú', 'tổng', '(1)', 'triệu đồng', 'và'];
const separators = [', ', ' / ', '; ', ' và ', ' '];

/** Header texts a drafter could write: labels and variants, altered, joined, mixed with other words. */
function headerCell(r: ReturnType<typeof rng>): string {
  const one = (): string => {
    switch (r.int(5)) {
      case 0:
        return r.pick(allLabels);
      case 1:
        return r.pick(allLabels).toUpperCase();
      case 2: {
        const words = r.pick(allLabels).split(' ');
        return words.filter((_, i) => i !== r.int(words.length)).join(' ') || words[0]!;
      }
      case 3:
        return `${r.pick(allLabels)} ${r.pick(extras)}`;
      default:
        return Array.from({ length: 1 + r.int(5) }, () => r.pick(r.next() < 0.7 ? vocabulary : extras)).join(' ');
    }
  };
  const parts = Array.from({ length: r.next() < 0.7 ? 1 : 2 + r.int(3) }, one);
  return parts.reduce((a, b) => a + r.pick(separators) + b);
}

function headerRow(r: ReturnType<typeof rng>): string[][] {
  return Array.from({ length: 3 + r.int(10) }, () => {
    if (r.next() < 0.1) return [];
    const lower = headerCell(r);
    return r.next() < 0.25 ? [lower, `${headerCell(r)} ${lower}`] : [lower];
  });
}

describe('assignColumns', () => {
  it('finds what the straightforward matching finds, on 300 header rows of each kind', () => {
    const r = rng(9);
    let matched = 0;
    for (let i = 0; i < 300; i++) {
      const texts = headerRow(r);
      for (const kind of kinds) {
        const got = assignColumns(texts, kind.columns);
        expect(got, JSON.stringify(texts)).toEqual(referenceAssign(texts, kind.columns));
        matched += got.length;
      }
    }
    // The sample is not vacuous: most rows match several columns.
    expect(matched).toBeGreaterThan(900);
  });

  it('finds what the straightforward matching finds on the template labels and on joined headers up to the length limit', () => {
    for (const kind of kinds) {
      const labels = [kind.columns.map((c) => [c.label]), kind.columns.map((c) => [c.variants.at(-1) ?? c.label])];
      const joined = kind.columns.map((c) => c.label).join(', ');
      const long = Array.from({ length: 40 }, (_, i) => kind.columns[i % kind.columns.length]!.label)
        .join(' / ')
        .slice(0, MAX_HEADER_TEXT);
      for (const texts of [...labels, [['STT'], [joined]], [['TT'], [long], [kind.columns[1]!.label]]]) {
        expect(assignColumns(texts, kind.columns)).toEqual(referenceAssign(texts, kind.columns));
      }
      expect(assignColumns(labels[0]!, kind.columns).map((c) => c.key)).toEqual(kind.columns.map((c) => c.key));
    }
  });
});

describe('recognizeTable on a header cell of 15,000 paragraphs', () => {
  const paragraphs = (n: number) =>
    Array.from({ length: n }, (_, i) => `Đoạn ${i} chỉ tiêu, phương pháp tính / đo lường và đánh giá năm 2026 [...] (Quý I/2026)`).join('\n');
  const tableWith = (first: string) =>
    table('t', [
      { cells: [first, 'STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Phương pháp tính', 'Cơ quan chủ trì'] },
      { cells: ['a', '1', 'b', '%', '90', 'c', 'd'] },
    ]);
  const work = (first: string) => {
    recognizeWork.units = 0;
    const m = recognizeTable(tableWith(first), template);
    return { m, units: recognizeWork.units };
  };

  it('matches the other columns as when the cell holds any prose, and leaves that cell unrecognised', () => {
    const huge = work(paragraphs(15_000));
    const prose = work('x'.repeat(MAX_HEADER_TEXT + 1));
    expect(huge.m?.kind).toBe('indicators');
    expect(huge.m?.columns).toEqual(prose.m?.columns);
    expect(huge.m?.columns.map((c) => c.key)).toEqual(['stt', 'name', 'unit', 'target2026', 'method', 'lead']);
    expect(huge.m?.unrecognized).toHaveLength(1);
  });

  it('does work that does not grow with the cell: 15,000 or 30,000 paragraphs cost what one short header does', () => {
    const short = work('Ghi chú');
    const huge = work(paragraphs(15_000));
    expect(work(paragraphs(30_000)).units).toBe(huge.units);
    expect(huge.units).toBeLessThanOrEqual(short.units);
  });

  it('does work linear in a header cell below the limit (a joined header of many parts)', () => {
    const joined = (n: number) => [['STT'], [Array.from({ length: n }, (_, i) => `cột ${i} phương pháp tính`).join(', ')]];
    expect(joined(40)[1]![0]!.length).toBeLessThanOrEqual(MAX_HEADER_TEXT);
    const units = (n: number) => {
      recognizeWork.units = 0;
      assignColumns(joined(n), kinds[0]!.columns);
      return recognizeWork.units;
    };
    // 8 times the parts, at most 8 times the work (and more than for 5).
    expect(units(40)).toBeLessThanOrEqual(8 * units(5));
    expect(units(40)).toBeGreaterThan(units(5));
  });
});
