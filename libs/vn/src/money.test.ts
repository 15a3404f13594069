import { describe, expect, it } from 'vitest';
import { moneyUnitMultiplier, parseMoneyVnd } from './money.js';

describe('parseMoneyVnd', () => {
  it.each([
    ['1.250 triệu đồng', 1_250_000_000],
    ['2,5 tỷ đồng', 2_500_000_000],
    ['2,5 tỉ', 2_500_000_000],
    ['500.000.000 đồng', 500_000_000],
    ['500.000.000 VNĐ', 500_000_000],
    ['300 nghìn đồng', 300_000],
    ['1.250 triệu đồng (ngân sách tỉnh)', 1_250_000_000],
    ['Ngân sách năm 2026: 500 triệu đồng', 500_000_000],
    ['Tổng số 1.250 triệu đồng', 1_250_000_000],
    ['Theo Quyết định số 749/QĐ-UBND: 1,2 tỷ đồng', 1_200_000_000],
  ])('reads %s', (text, vnd) => {
    expect(parseMoneyVnd(text)).toBe(vnd);
  });

  it('takes a bare number in the unit of the column header', () => {
    expect(parseMoneyVnd('1.250', 'Kinh phí dự kiến (triệu đồng)')).toBe(1_250_000_000);
    expect(parseMoneyVnd('3,5', 'Tổng kinh phí (tỷ đồng)')).toBe(3_500_000_000);
    expect(parseMoneyVnd('1.250')).toBe(1250);
  });

  it.each(['', 'Ngân sách nhà nước', 'theo dự toán được duyệt', '31/12/2026'])('gives null for %j', (text) => {
    expect(parseMoneyVnd(text)).toBeNull();
  });
});

describe('moneyUnitMultiplier', () => {
  it('names the unit of a header', () => {
    expect(moneyUnitMultiplier('Kinh phí (triệu đồng)')).toBe(1e6);
    expect(moneyUnitMultiplier('Kinh phí (đồng)')).toBe(1);
    expect(moneyUnitMultiplier('Tên nhiệm vụ')).toBeNull();
  });
});
