import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { indicatorFieldMissing } from './indicator-field-missing.js';

describe('indicator-field-missing', () => {
  it('accepts complete indicators', () => {
    expect(run(indicatorFieldMissing, makeContext({ indicators: [{}, {}] }))).toEqual([]);
  });

  it('reports each empty field once, naming the column', () => {
    const found = run(indicatorFieldMissing, makeContext({ indicators: [{ method: '', lead: '  ', resources: '[...]' }] }));
    expect(found).toHaveLength(3);
    expect(found.every((f) => f.rule === 'indicator-field-missing' && f.severity === 'error' && f.section === 'P2.II.2')).toBe(true);
    expect(found.map((f) => f.message).join(' ')).toMatch(/Phương pháp tính.*Cơ quan, đơn vị chủ trì.*Nguồn lực thực hiện/);
  });

  it('names an unnamed indicator by its row', () => {
    const [f] = run(indicatorFieldMissing, makeContext({ indicators: [{}, { name: '' }] }));
    expect(f!.message).toContain('dòng 2');
  });

  it('skips blank rows', () => {
    const blank = {
      name: '',
      unit: '',
      target2026: '',
      target2026Value: null,
      target2030: '',
      target2030Value: null,
      method: '',
      measurement: '',
      lead: '',
      deadline: '',
      resources: '',
    };
    expect(run(indicatorFieldMissing, makeContext({ indicators: [blank] }))).toEqual([]);
  });
});
