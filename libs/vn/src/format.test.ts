import { describe, expect, it } from 'vitest';
import { formatVnNumber } from './format.js';
import { parseVnNumber } from './number.js';

describe('formatVnNumber', () => {
  it.each([
    [1234.5, undefined, '1.234,5'],
    [1_000_000, undefined, '1.000.000'],
    [0.5, undefined, '0,5'],
    [14.5, 1, '14,5'],
    [95, 2, '95,00'],
    [-1234.25, undefined, '-1.234,25'],
    [999, undefined, '999'],
    [1 / 3, undefined, '0,333'],
  ])('formats %d', (n, d, text) => {
    expect(formatVnNumber(n, d)).toBe(text);
  });

  it('reads back what it writes', () => {
    for (const n of [0, 7, 12.75, 1234.5, 98765432.1]) expect(parseVnNumber(formatVnNumber(n))?.value).toBeCloseTo(n);
  });
});
