import { describe, expect, it } from 'vitest';
import { foldKey } from '@cds/model';
import { mst2026 } from './mst-2026.js';
import { checkTemplate } from './check.js';
import { ancestorsOf, childrenOf, headingOf, sectionById, templateOrder } from './sections.js';

/** The canonical ids listed in PRODUCT.md, in reading order. */
const PRODUCT_IDS = [
  'P1',
  'P1.I',
  'P1.II',
  'P1.II.1',
  'P1.II.2',
  'P1.II.2.1',
  'P1.II.2.2',
  'P1.II.3',
  'P1.II.4',
  'P1.II.5',
  'P1.II.6',
  'P1.II.7',
  'P1.II.8',
  'P1.II.9',
  'P1.II.9.1',
  'P1.II.9.2',
  'P1.II.9.3',
  'P1.II.10',
  'P2',
  'P2.I',
  'P2.II',
  'P2.II.1',
  'P2.II.2',
  'P2.III',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `P2.III.${n}`),
  'P2.IV',
  ...[1, 2, 3, 4, 5, 6].map((n) => `P2.IV.${n}`),
  'P2.V',
  'P2.VI',
];

describe('mst-2026 template', () => {
  it('holds exactly the canonical sections of PRODUCT.md, in reading order', () => {
    expect(mst2026.sections.map((s) => s.id)).toEqual(PRODUCT_IDS);
  });

  it('is structurally sound', () => {
    expect(checkTemplate(mst2026)).toEqual([]);
  });

  it('derives each id from its parent id and its printed number', () => {
    for (const s of mst2026.sections) {
      if (!s.parent) continue;
      const parent = sectionById(mst2026, s.parent)!;
      expect(s.id).toBe(`${parent.id}.${s.number.split('.').pop()}`);
      expect(s.level).toBe(parent.level + 1);
    }
  });

  it('prints Phần and roman headings in capitals and keeps the diacritics', () => {
    expect(headingOf(sectionById(mst2026, 'P1')!)).toBe('Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025');
    expect(headingOf(sectionById(mst2026, 'P2.VI')!)).toBe('VI. DANH MỤC NHIỆM VỤ, DỰ ÁN');
    expect(headingOf(sectionById(mst2026, 'P1.II.2.1')!)).toMatch(/^2\.1\. Công tác xây dựng, ban hành/);
    for (const s of mst2026.sections.filter((x) => x.level <= 1)) expect(s.title).toBe(s.title.toUpperCase());
  });

  it('marks a)/b) on the P1.II areas without sub-items, and on 2.1, 2.2, 9.1–9.3', () => {
    const withItems = mst2026.sections.filter((s) => s.hasResultItems).map((s) => s.id);
    expect(withItems).toEqual([
      'P1.II.1',
      'P1.II.2.1',
      'P1.II.2.2',
      'P1.II.3',
      'P1.II.4',
      'P1.II.5',
      'P1.II.6',
      'P1.II.7',
      'P1.II.8',
      'P1.II.9.1',
      'P1.II.9.2',
      'P1.II.9.3',
    ]);
  });

  it('places the three tables and their specs in the same sections', () => {
    const placed = mst2026.sections.filter((s) => s.table).map((s) => [s.id, s.table]);
    expect(placed).toEqual([
      ['P1.II.10', 'projects2025'],
      ['P2.II.2', 'indicators'],
      ['P2.VI', 'tasks'],
    ]);
    for (const [id, kind] of placed) expect(mst2026.tables[kind as 'tasks'].section).toBe(id);
  });

  it('lets every P2.III area hold a task table and name content, result, timeline and unit', () => {
    for (const s of childrenOf(mst2026, 'P2.III')) {
      expect(s.acceptsTables).toEqual(['tasks']);
      expect(s.requires).toEqual(expect.arrayContaining(['content', 'expectedResult', 'timeline', 'implementingUnit']));
    }
    expect(sectionById(mst2026, 'P2.III.3')!.requires).toContain('communeLevel');
  });

  it('keeps MST guidance verbatim, as the framework prints it', () => {
    expect(sectionById(mst2026, 'P2.III.3')!.guidance![0]).toMatch(/^Xác định nội dung phát triển hạ tầng số cụ thể tới cấp phường, xã/);
    expect(sectionById(mst2026, 'P2.III.8')!.guidance).toHaveLength(4);
    expect(sectionById(mst2026, 'P2.IV.3')!.guidance).toHaveLength(2);
  });

  it('knows the legal documents, requiring 57-NQ/TW and 71/NQ-CP in the basis', () => {
    const required = mst2026.knownDocuments.filter((d) => d.requiredInBasis).map((d) => d.number);
    expect(required).toEqual(['57-NQ/TW', '71/NQ-CP']);
    const byNumber = Object.fromEntries(mst2026.knownDocuments.map((d) => [d.number, d.date]));
    expect(byNumber['71/NQ-CP']).toBe('2025-04-01');
    expect(byNumber['749/QĐ-TTg']).toBe('2020-06-03');
    expect(byNumber['15/2025/TT-BKHCN']).toBe('2025-08-15');
  });

  it('gives every table column a Vietnamese label whose folded key is unique within its table', () => {
    for (const spec of Object.values(mst2026.tables)) {
      const keys = spec.columns.map((c) => foldKey(c.label));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('answers tree questions: ancestors, children, order', () => {
    expect(ancestorsOf(mst2026, 'P1.II.9.2')).toEqual(['P1.II.9', 'P1.II', 'P1']);
    expect(childrenOf(mst2026, null).map((s) => s.id)).toEqual(['P1', 'P2']);
    expect(templateOrder(mst2026, 'P2.I')).toBeGreaterThan(templateOrder(mst2026, 'P1.II.10'));
  });
});
