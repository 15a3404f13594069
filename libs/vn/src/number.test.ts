import { describe, expect, it } from 'vitest';
import { isQuantified, parseVnNumber, readNumberToken } from './number.js';

describe('parseVnNumber', () => {
  it.each([
    ['1.234,5', 1234.5, false],
    ['95%', 95, true],
    ['95 %', 95, true],
    ['100', 100, false],
    ['14,5', 14.5, false],
    ['1.000.000', 1_000_000, false],
    ['0,5', 0.5, false],
    ['1.234', 1234, false],
    ['12 hệ thống', 12, false],
    ['100% hồ sơ', 100, true],
    ['Đạt 100%', 100, true],
    ['Năm 2026: 95%', 95, true],
    ['80 - 90%', 80, true],
  ])('reads %s', (text, value, percent) => {
    const r = parseVnNumber(text);
    expect(r).not.toBeNull();
    expect(r!.value).toBeCloseTo(value);
    expect(r!.percent).toBe(percent);
    expect(r!.comparator).toBeUndefined();
  });

  it.each([
    ['≥ 80%', '>=', 80],
    ['>= 80', '>=', 80],
    ['tối thiểu 80%', '>=', 80],
    ['Tối thiểu 80%', '>=', 80],
    ['ít nhất 70%', '>=', 70],
    ['≤ 5%', '<=', 5],
    ['không quá 10%', '<=', 10],
    ['Trên 95%', '>', 95],
    ['từ 80% trở lên', '>=', 80],
  ])('reads the comparator of %s', (text, comparator, value) => {
    expect(parseVnNumber(text)).toMatchObject({ value, comparator });
  });

  it('accepts English format only where it is unambiguous', () => {
    expect(parseVnNumber('95.5%')).toEqual({ value: 95.5, percent: true });
    expect(parseVnNumber('1,234.5')?.value).toBe(1234.5);
    // "1.234" is Vietnamese thousands, not an English decimal.
    expect(parseVnNumber('1.234')?.value).toBe(1234);
    // "1,5" is a Vietnamese decimal.
    expect(parseVnNumber('1,5')?.value).toBe(1.5);
  });

  it.each(['nâng cao', 'cơ bản hoàn thành', 'đạt', '', '   ', 'Quý IV/2026', '31/12/2026', 'Năm 2026', 'theo kế hoạch'])('gives null for %j', (text) => {
    expect(parseVnNumber(text)).toBeNull();
    expect(isQuantified(text)).toBe(false);
  });

  it('reads NFD input the same as NFC', () => {
    expect(parseVnNumber('tối thiểu 80%'.normalize('NFD'))).toEqual({ value: 80, percent: true, comparator: '>=' });
  });
});

describe('readNumberToken', () => {
  it('refuses malformed groups', () => {
    expect(readNumberToken('1.23.4')).toBeNull();
    expect(readNumberToken('1,2,3')).toBeNull();
    expect(readNumberToken('1 000 000')).toBe(1_000_000);
  });
});
