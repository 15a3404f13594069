import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { indicatorTableMissing } from './indicator-table-missing.js';

describe('indicator-table-missing', () => {
  it('accepts a plan with indicators', () => {
    expect(run(indicatorTableMissing, makeContext({ sections: [{ id: 'P2.II.2', paras: ['Bảng chỉ tiêu:'] }], indicators: [{}] }))).toEqual([]);
  });
  it('reports P2.II.2 without an indicator table', () => {
    const ctx = makeContext({ sections: [{ id: 'P2.II.2', paras: ['Các chỉ tiêu sẽ được xây dựng sau.'] }] });
    const found = run(indicatorTableMissing, ctx);
    expect(found).toEqual([
      expect.objectContaining({ rule: 'indicator-table-missing', severity: 'error', section: 'P2.II.2', blockId: ctx.outline.sections[0]!.headingBlockId }),
    ]);
  });
  it('leaves an absent section to section-missing', () => {
    expect(run(indicatorTableMissing, makeContext({ sections: [{ id: 'P2.I', paras: ['x'] }] }))).toEqual([]);
  });
});
