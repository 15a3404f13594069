import { describe, expect, it } from 'vitest';
import { citationNumberCore, citationNumberKey, findCitations } from './citation.js';

describe('findCitations', () => {
  it('finds a number and a numeric date', () => {
    const text = 'Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ.';
    const [c] = findCitations(text);
    expect(c).toMatchObject({ kind: 'Nghị quyết', number: '71/NQ-CP', date: '2025-04-01' });
    expect(text.slice(c!.span[0], c!.span[1])).toBe('Nghị quyết số 71/NQ-CP ngày 01/4/2025');
  });

  it('finds a date written in words, without "số"', () => {
    expect(findCitations('Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị')).toEqual([
      expect.objectContaining({ kind: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22' }),
    ]);
  });

  it('keeps the number as written and finds several citations in one sentence', () => {
    const found = findCitations('Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 và Thông tư số 15/2025/TT-BKHCN; Nghị quyết số 11/NQ-CP');
    expect(found.map((c) => [c.kind, c.number, c.date])).toEqual([
      ['Quyết định', '749/QĐ-TTg', '2020-06-03'],
      ['Thông tư', '15/2025/TT-BKHCN', null],
      ['Nghị quyết', '11/NQ-CP', null],
    ]);
  });

  it('tolerates NFD and any case', () => {
    const [c] = findCitations('NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01/4/2025'.normalize('NFD'));
    expect(c).toMatchObject({ kind: 'Nghị quyết', number: '71/NQ-CP', date: '2025-04-01' });
  });

  it('gives nothing for text without citations', () => {
    expect(findCitations('Kế hoạch chuyển đổi số năm 2026 của tỉnh')).toEqual([]);
  });
});

describe('citation number keys', () => {
  it('compare numbers loosely', () => {
    expect(citationNumberKey('749/QĐ-TTg')).toBe(citationNumberKey('749/qd-ttg'));
    expect(citationNumberKey('57-NQ/TW')).not.toBe(citationNumberKey('57/NQ-TW'));
    expect(citationNumberCore('57-NQ/TW')).toBe(citationNumberCore('57/NQ-TW'));
  });
});
