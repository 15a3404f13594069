import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { indicatorTargetUnquantified } from './indicator-target-unquantified.js';

describe('indicator-target-unquantified', () => {
  it.each(['95%', '≥ 80%', 'tối thiểu 80%', '1.200', '14,5'])('accepts %s', (target2026) => {
    expect(run(indicatorTargetUnquantified, makeContext({ indicators: [{ target2026, target2026Value: null }] }))).toEqual([]);
  });

  it.each(['nâng cao', 'cơ bản hoàn thành', 'Đạt', ''])('reports %j', (target2026) => {
    const found = run(indicatorTargetUnquantified, makeContext({ indicators: [{ target2026, target2026Value: null }] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'indicator-target-unquantified', severity: 'error', section: 'P2.II.2' });
    expect(found[0]!.message).toContain(target2026 || 'chưa có mục tiêu năm 2026');
  });
});
