import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { taskDeadlineInvalid } from './task-deadline-invalid.js';

describe('task-deadline-invalid', () => {
  it.each(['Quý II/2026', '2026-2030', ''])('accepts %j', (deadline) => {
    expect(run(taskDeadlineInvalid, makeContext({ tasks: [{ deadline }] }))).toEqual([]);
  });

  it('reports an impossible deadline with its reason', () => {
    const [f, ...rest] = run(taskDeadlineInvalid, makeContext({ tasks: [{ section: 'P2.III.2', deadline: 'Tháng 13/2026' }] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'task-deadline-invalid', severity: 'error', section: 'P2.III.2' });
    expect(f!.message).toContain('tháng 13');
  });

  it('warns about "Hằng năm"', () => {
    expect(run(taskDeadlineInvalid, makeContext({ tasks: [{ deadline: 'Hằng năm' }] }))[0]).toMatchObject({ severity: 'warning' });
  });
});
