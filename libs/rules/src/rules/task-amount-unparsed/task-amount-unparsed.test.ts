import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { taskAmountUnparsed } from './task-amount-unparsed.js';

describe('task-amount-unparsed', () => {
  it.each(['1.250', '2,5 tỷ đồng', '500.000.000 đồng', ''])('accepts %j', (amount) => {
    expect(run(taskAmountUnparsed, makeContext({ tasks: [{ amount, amountVnd: null }] }))).toEqual([]);
  });

  it.each(['theo dự toán', 'khoảng vài tỷ'])('reports %j', (amount) => {
    const found = run(taskAmountUnparsed, makeContext({ tasks: [{ amount, amountVnd: null }] }));
    expect(found).toEqual([expect.objectContaining({ rule: 'task-amount-unparsed', severity: 'error', section: 'P2.VI' })]);
    expect(found[0]!.message).toContain(amount);
  });
});
