import { describe, expect, it } from 'vitest';
import { similarTitle, titleSimilarity, tokenSet } from './similarity.js';
import { romanValue, toRoman } from './roman.js';

const sim = (a: string, b: string, strict = false) => titleSimilarity(tokenSet(a), tokenSet(b), strict);

describe('titleSimilarity', () => {
  it('is 1 for the same title in any case, NFC/NFD, with or without diacritics', () => {
    expect(sim('AN TOÀN THÔNG TIN MẠNG', 'An toàn thông tin mạng')).toBe(1);
    expect(sim('An toàn thông tin mạng'.normalize('NFD'), 'An toàn thông tin mạng')).toBe(1);
    expect(sim('an toan thong tin mang', 'An toàn thông tin mạng')).toBe(1);
  });

  it('tolerates a few words added or dropped, not a different subject', () => {
    expect(sim('Phát triển hạ tầng số', 'Hạ tầng số')).toBeGreaterThanOrEqual(0.75);
    expect(
      sim(
        'Tăng cường lãnh đạo, chỉ đạo, điều hành; kiểm tra, giám sát chuyển đổi số',
        'Tăng cường công tác lãnh đạo, chỉ đạo, điều hành; kiểm tra, giám sát hoạt động chuyển đổi số',
      ),
    ).toBeGreaterThanOrEqual(0.75);
    expect(sim('Nhân lực số', 'Hạ tầng số')).toBeLessThan(0.75);
  });

  it('rejects conflicting years, and in strict mode a year on one side only', () => {
    expect(sim('Kết quả năm 2025', 'Kết quả năm 2026')).toBe(0);
    expect(sim('Mục tiêu chung năm 2026', 'Mục tiêu chung')).toBeGreaterThanOrEqual(0.75);
    expect(sim('Mục tiêu', 'Mục tiêu 2026', true)).toBe(0);
  });

  it('links names that differ only in spelling variants', () => {
    expect(similarTitle('Tỉ lệ dân số được phủ sóng 5G', 'TỈ LỆ DÂN SỐ ĐƯỢC PHỦ SÓNG 5G')).toBe(true);
    expect(similarTitle('Tỉ lệ dân số được phủ sóng 5G', 'Tỉ lệ người dân có hồ sơ sức khỏe điện tử')).toBe(false);
  });
});

describe('roman numerals', () => {
  it('reads well-formed numerals only', () => {
    expect([romanValue('III'), romanValue('iv'), romanValue('IX'), romanValue('IIII'), romanValue('VX')]).toEqual([3, 4, 9, null, null]);
    expect([1, 4, 6, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'VI', 'IX', 'XIV', 'XL']);
  });
});
