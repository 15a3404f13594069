import { describe, expect, it } from 'vitest';
import { foldSameLength, foldVn } from './fold.js';

describe('foldVn', () => {
  it('folds case, diacritics and dashes but keeps number punctuation', () => {
    expect(foldVn('Quý IV/2026 – Đạt ≥ 95,5%')).toBe('quy iv/2026 - dat ≥ 95,5%');
    expect(foldVn('Tháng 6/2026'.normalize('NFD'))).toBe('thang 6/2026');
  });
});

describe('foldSameLength', () => {
  it('keeps offsets: one output unit per input unit', () => {
    const s = 'Nghị Quyết SỐ 71/NQ-CP ngày 01/4/2025 của Đảng 𝐀';
    const f = foldSameLength(s);
    expect(f.length).toBe(s.length);
    expect(f.startsWith('nghi quyet so 71/nq-cp ngay 01/4/2025 cua dang')).toBe(true);
  });
});
