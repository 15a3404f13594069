import { describe, expect, it } from 'vitest';
import { foldKey } from '@cds/model';
import { fold } from './fold.js';

describe('fold', () => {
  it.each([
    'Phần II. NỘI DUNG KẾ HOẠCH NĂM 2026',
    'a) Kết quả đạt được:',
    'Đơn vị thực hiện: Sở Khoa học và Công nghệ; Quý IV/2026 — 95%',
    'Xác định nội dung, dự kiến kết quả, thời gian, đơn vị thực hiện cụ thể;',
    '  tabs\tand\u00a0spaces  ',
    '',
  ])('gives the same key as foldKey for %j', (s) => {
    expect(fold(s)).toBe(foldKey(s));
    expect(fold(s.normalize('NFD'))).toBe(foldKey(s.normalize('NFD')));
  });
});
