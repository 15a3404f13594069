import { describe, expect, it } from 'vitest';
import { parseHeadingNumber } from './heading.js';

describe('parseHeadingNumber', () => {
  it.each([
    ['Phần I. ĐÁNH GIÁ', { kind: 'part', value: 1 }, 'ĐÁNH GIÁ'],
    ['PHẦN II: NỘI DUNG', { kind: 'part', value: 2 }, 'NỘI DUNG'],
    ['Phan 2 - Noi dung', { kind: 'part', value: 2 }, 'Noi dung'],
    ['PHẦN I', { kind: 'part', value: 1 }, ''],
    ['PHẦN THỨ HAI: NỘI DUNG', { kind: 'part', value: 2 }, 'NỘI DUNG'],
    ['III. NHIỆM VỤ', { kind: 'roman', value: 3 }, 'NHIỆM VỤ'],
    ['III- NHIỆM VỤ', { kind: 'roman', value: 3 }, 'NHIỆM VỤ'],
    ['IV NHIỆM VỤ', { kind: 'roman', value: 4 }, 'NHIỆM VỤ'],
    ['3. Hạ tầng số', { kind: 'arabic', value: 3 }, 'Hạ tầng số'],
    ['10) Kinh phí', { kind: 'arabic', value: 10 }, 'Kinh phí'],
    ['2.1. Công tác', { kind: 'decimal', value: [2, 1] }, 'Công tác'],
    ['9.3 Công tác', { kind: 'decimal', value: [9, 3] }, 'Công tác'],
  ])('reads %s', (text, number, rest) => {
    const r = parseHeadingNumber(text);
    expect(r.number).toEqual(number);
    expect(r.rest.trim()).toBe(rest);
  });

  it.each(['c) Nội dung', '1.250 triệu đồng được bố trí', '2026 là năm', '31/12/2026', 'Iran', '- Nội dung'])('finds no section number in %s', (text) => {
    expect(parseHeadingNumber(text).number).toEqual({ kind: 'none' });
  });
});
