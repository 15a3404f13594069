import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { itemMissing } from './item-missing.js';

const full = { results: 'Đã ban hành 5 văn bản.', shortcomings: 'Nhân lực còn thiếu.' };

describe('item-missing', () => {
  it('accepts an area with both items', () => {
    expect(run(itemMissing, makeContext({ sections: [{ id: 'P1.II.3', items: full }] }))).toEqual([]);
  });

  it('reports a missing b) with a fix that inserts it', () => {
    const found = run(itemMissing, makeContext({ sections: [{ id: 'P1.II.3', items: { results: full.results, shortcomings: null } }] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'item-missing',
      severity: 'error',
      section: 'P1.II.3',
      part: 'shortcomings',
      fix: { kind: 'insertItem', section: 'P1.II.3', part: 'shortcomings' },
    });
    expect(found[0]!.message).toContain('b) Tồn tại, hạn chế');
  });

  it('reports both items when the area has none', () => {
    const found = run(itemMissing, makeContext({ sections: [{ id: 'P1.II.9.2', paras: ['Văn bản chung.'] }] }));
    expect(found.map((f) => f.part)).toEqual(['results', 'shortcomings']);
  });

  it('ignores sections without items and absent sections', () => {
    expect(run(itemMissing, makeContext({ sections: [{ id: 'P2.V', paras: ['Giao các sở.'] }] }))).toEqual([]);
  });
});
