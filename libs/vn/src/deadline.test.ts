import { describe, expect, it } from 'vitest';
import { parseDeadline } from './deadline.js';

const Y2026 = { from: 2026, to: 2026 };
const PHASE = { from: 2026, to: 2030 };

describe('parseDeadline', () => {
  it.each([
    ['31/12/2026', 'date', '2026-12-31', '2026-12-31'],
    ['31-12-2026', 'date', '2026-12-31', '2026-12-31'],
    ['ngày 30 tháng 6 năm 2026', 'date', '2026-06-30', '2026-06-30'],
    ['Trước 31/12/2026', 'date', '2026-12-31', '2026-12-31'],
    ['Quý IV/2026', 'quarter', '2026-10-01', '2026-12-31'],
    ['quý 4 năm 2026', 'quarter', '2026-10-01', '2026-12-31'],
    ['Quý I năm 2026', 'quarter', '2026-01-01', '2026-03-31'],
    ['Tháng 6/2026', 'month', '2026-06-01', '2026-06-30'],
    ['tháng 06 năm 2026', 'month', '2026-06-01', '2026-06-30'],
    ['Tháng 2/2026', 'month', '2026-02-01', '2026-02-28'],
    ['6 tháng đầu năm 2026', 'half', '2026-01-01', '2026-06-30'],
    ['6 tháng cuối năm 2026', 'half', '2026-07-01', '2026-12-31'],
    ['Năm 2026', 'year', '2026-01-01', '2026-12-31'],
    ['2026', 'year', '2026-01-01', '2026-12-31'],
    ['Trong năm 2026', 'year', '2026-01-01', '2026-12-31'],
  ])('reads %s within 2026', (text, kind, start, end) => {
    expect(parseDeadline(text, Y2026)).toEqual({ kind, start, end });
  });

  it.each(['2026-2030', '2026 - 2030', 'giai đoạn 2026-2030', 'Giai đoạn 2026 – 2030'])('reads the phase %s', (text) => {
    expect(parseDeadline(text, PHASE)).toEqual({ kind: 'range', start: '2026-01-01', end: '2030-12-31' });
  });

  it('puts a phase outside a 2026-only window', () => {
    expect(parseDeadline('2026-2030', Y2026)).toMatchObject({ error: 'out-of-range' });
  });

  it.each(['Thường xuyên', 'Hằng năm', 'hàng năm', 'THƯỜNG XUYÊN'])('reads %s as ongoing over the window', (text) => {
    expect(parseDeadline(text, PHASE)).toEqual({ kind: 'ongoing', start: '2026-01-01', end: '2030-12-31' });
  });

  it.each([
    ['Quý V/2026', 'quý V'],
    ['32/12/2026', 'ngày 32'],
    ['31/02/2026', 'ngày 31'],
    ['Tháng 13/2026', 'tháng 13'],
    ['sớm nhất có thể', 'không đọc được'],
    ['', 'không có nội dung'],
  ])('flags %j as invalid', (text, reason) => {
    const r = parseDeadline(text, PHASE);
    expect(r).toMatchObject({ error: 'invalid' });
    expect('reason' in r && r.reason).toContain(reason);
  });

  it.each(['Năm 2025', '31/12/2025', 'Quý IV/2031', '2025-2030'])('flags %j as out of range', (text) => {
    expect(parseDeadline(text, PHASE)).toMatchObject({ error: 'out-of-range' });
  });

  it('reads NFD text', () => {
    expect(parseDeadline('Quý IV/2026'.normalize('NFD'), Y2026)).toMatchObject({ kind: 'quarter' });
  });
});

describe('parseDeadline: periods as reviewers read them', () => {
  it.each([
    ['Quý I-IV/2026', 'quarter', '2026-01-01', '2026-12-31'],
    ['Quý I - IV năm 2026', 'quarter', '2026-01-01', '2026-12-31'],
    ['Quý III, IV/2026', 'quarter', '2026-07-01', '2026-12-31'],
    ['Quý III và Quý IV/2026', 'quarter', '2026-07-01', '2026-12-31'],
    ['Tháng 3-6/2026', 'month', '2026-03-01', '2026-06-30'],
    ['Từ tháng 3/2026 đến tháng 12/2026', 'month', '2026-03-01', '2026-12-31'],
    ['Trước 30/6/2026', 'date', '2026-06-30', '2026-06-30'],
    ['Hoàn thành trước ngày 30/6/2026', 'date', '2026-06-30', '2026-06-30'],
    ['Đến hết năm 2026', 'year', '2026-01-01', '2026-12-31'],
    ['Cuối năm 2026', 'year', '2026-01-01', '2026-12-31'],
    ['31/12/2026 (hoàn thành)', 'date', '2026-12-31', '2026-12-31'],
    ['Quý IV/2026 và duy trì hằng năm', 'quarter', '2026-10-01', '2026-12-31'],
    ['Tháng 12/2026; thường xuyên', 'month', '2026-12-01', '2026-12-31'],
  ])('reads %s', (text, kind, start, end) => {
    expect(parseDeadline(text, Y2026)).toEqual({ kind, start, end });
  });

  it.each([
    ['Quý IV-I/2026', 'quý'],
    ['Quý I-V/2026', 'quý V'],
    ['Tháng 6-3/2026', 'tháng'],
  ])('flags %j as invalid', (text, reason) => {
    const r = parseDeadline(text, Y2026);
    expect(r).toMatchObject({ error: 'invalid' });
    expect('reason' in r && r.reason).toContain(reason);
  });
});
