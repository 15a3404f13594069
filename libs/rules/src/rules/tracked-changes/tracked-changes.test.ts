import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { trackedChanges } from './tracked-changes.js';

const withChanges = (c: { insertions: number; deletions: number; formatChanges: number } | undefined) => {
  const ctx = makeContext();
  if (c) ctx.doc.trackedChanges = c;
  return ctx;
};

describe('tracked-changes', () => {
  it('warns once, with the counts, when changes are not accepted', () => {
    const found = run(trackedChanges, withChanges({ insertions: 3, deletions: 2, formatChanges: 1 }));
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'tracked-changes',
        severity: 'warning',
        section: null,
        data: { total: 6, insertions: 3, deletions: 2, formatChanges: 1 },
      }),
    ]);
    expect(found[0]!.message).toMatch(/^Văn bản còn 6 thay đổi chưa được chấp nhận/);
    expect(found[0]!.message).toContain('Chấp nhận tất cả thay đổi');
  });

  it('is silent with no changes, or when the reader does not count them', () => {
    expect(run(trackedChanges, withChanges({ insertions: 0, deletions: 0, formatChanges: 0 }))).toEqual([]);
    expect(run(trackedChanges, withChanges(undefined))).toEqual([]);
  });
});
