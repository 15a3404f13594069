import { describe, expect, it } from 'vitest';
import { entry } from '../../test-support/catalog.js';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { indicatorCatalogUncovered } from './indicator-catalog-uncovered.js';

const catalog = [entry({ code: 'NQ03-23.4', name: 'Tỉ lệ dân số được phủ sóng 5G' }), entry({ code: 'NQ03-12', name: 'Tỉ lệ giao dịch không dùng tiền mặt' })];

describe('indicator-catalog-uncovered', () => {
  it('accepts rows covering every entry, by code or by a close name', () => {
    const ctx = makeContext({
      catalog,
      indicators: [
        { code: 'nq03-23.4', name: 'Phủ sóng 5G' },
        { code: null, name: 'Tỷ lệ giao dịch không dùng tiền mặt' },
      ],
    });
    expect(run(indicatorCatalogUncovered, ctx)).toEqual([]);
  });

  it('reports each uncovered entry', () => {
    const found = run(indicatorCatalogUncovered, makeContext({ catalog, indicators: [{ code: 'NQ03-23.4' }] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'indicator-catalog-uncovered', severity: 'error', section: 'P2.II.2' });
    expect(found[0]!.message).toContain('NQ03-12');
  });

  it('does not run without a catalogue', () => {
    expect(run(indicatorCatalogUncovered, makeContext({ catalog: null, indicators: [] }))).toEqual([]);
  });
});
