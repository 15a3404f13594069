import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDate, formatDateTime, formatNumber, formatPercent } from './format.js';

describe('Vietnamese formats', () => {
  it('shows dates and times in Hanoi whatever the zone of the machine', () => {
    // 15:00 on 15/3/2026 in Hanoi is 08:00 UTC; 23:30 UTC is already the next day in Hanoi.
    expect(formatDateTime('2026-03-15T08:00:00Z')).toBe('15:00 15/03/2026');
    expect(formatDate('2026-03-14T23:30:00Z')).toBe('15/03/2026');
  });

  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1250000000)).toBe('1.250.000.000');
    expect(formatPercent(12.5)).toBe('12,5%');
  });

  it('counts down to the deadline and says when it has passed', () => {
    const deadline = new Date('2026-03-15T08:00:00Z');
    expect(formatCountdown(deadline, new Date('2026-03-13T05:00:00Z'))).toBe('còn 2 ngày 3 giờ');
    expect(formatCountdown(deadline, new Date('2026-03-15T07:15:00Z'))).toBe('còn 45 phút');
    expect(formatCountdown(deadline, new Date('2026-03-16T10:00:00Z'))).toBe('đã quá hạn 1 ngày 2 giờ');
  });
});
