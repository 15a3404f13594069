import { describe, expect, it } from 'vitest';
import { entry } from '../../test-support/catalog.js';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { indicatorUnitMissing } from './indicator-unit-missing.js';

const catalog = [entry({ code: 'NQ03-23.4', name: 'Tỉ lệ dân số được phủ sóng 5G', unit: '%' })];

describe('indicator-unit-missing', () => {
  it('accepts a row with a unit', () => {
    expect(run(indicatorUnitMissing, makeContext({ catalog, indicators: [{ code: 'NQ03-23.4' }] }))).toEqual([]);
  });

  it('fills the catalogue unit in for a linked row', () => {
    const ctx = makeContext({ catalog, indicators: [{ code: 'NQ03-23.4', unit: '' }] });
    const found = run(indicatorUnitMissing, ctx);
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'indicator-unit-missing',
        severity: 'error',
        fix: { kind: 'setCell', rowBlockId: ctx.plan.indicators[0]!.blockId, column: 'unit', value: '%' },
      }),
    ]);
  });

  it('reports without a fix when the row links no catalogue entry', () => {
    const found = run(indicatorUnitMissing, makeContext({ catalog, indicators: [{ name: 'Số cuộc tập huấn', unit: '' }] }));
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });
});
