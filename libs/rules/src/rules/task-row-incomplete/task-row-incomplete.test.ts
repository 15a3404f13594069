import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { taskRowIncomplete } from './task-row-incomplete.js';

describe('task-row-incomplete', () => {
  it('accepts complete rows', () => {
    expect(run(taskRowIncomplete, makeContext({ tasks: [{}, {}] }))).toEqual([]);
  });

  it('reports one finding per row listing the missing fields', () => {
    const found = run(taskRowIncomplete, makeContext({ tasks: [{ effectiveness: '', fundingSource: ' ' }] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'task-row-incomplete', severity: 'error', section: 'P2.VI' });
    expect(found[0]!.message).toContain('hiệu quả, nguồn kinh phí');
  });

  it('only checks the P2.VI list', () => {
    expect(run(taskRowIncomplete, makeContext({ tasks: [{ section: 'P2.III.5', effectiveness: '' }] }))).toEqual([]);
  });
});
