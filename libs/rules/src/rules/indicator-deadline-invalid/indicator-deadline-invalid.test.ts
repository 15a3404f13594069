import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { indicatorDeadlineInvalid } from './indicator-deadline-invalid.js';

describe('indicator-deadline-invalid', () => {
  it.each(['31/12/2026', 'Quý IV/2026', 'Tháng 6/2026', 'Năm 2026', '2026-2030', '6 tháng đầu năm 2026'])('accepts %s', (deadline) => {
    expect(run(indicatorDeadlineInvalid, makeContext({ indicators: [{ deadline }] }))).toEqual([]);
  });

  it.each([
    ['Quý V/2026', 'quý V'],
    ['31/02/2026', 'ngày 31'],
    ['Năm 2025', 'ngoài'],
    ['sớm', 'không đọc được'],
  ])('reports %j as an error', (deadline, reason) => {
    const found = run(indicatorDeadlineInvalid, makeContext({ indicators: [{ deadline }] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'indicator-deadline-invalid', severity: 'error', section: 'P2.II.2' });
    expect(found[0]!.message).toContain(reason);
  });

  it('reports an empty deadline', () => {
    expect(run(indicatorDeadlineInvalid, makeContext({ indicators: [{ deadline: '' }] }))[0]!.message).toContain('chưa có thời hạn');
  });

  it('only warns about "Thường xuyên"', () => {
    expect(run(indicatorDeadlineInvalid, makeContext({ indicators: [{ deadline: 'Thường xuyên' }] }))).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });
});
