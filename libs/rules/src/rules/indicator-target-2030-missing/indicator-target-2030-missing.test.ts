import { describe, expect, it } from 'vitest';
import { entry } from '../../test-support/catalog.js';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { indicatorTarget2030Missing } from './indicator-target-2030-missing.js';

const catalog = [
  entry({ code: 'NQ03-11.1', name: 'Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân, doanh nghiệp', requires2030: true }),
  entry({ code: 'BCĐ26-KNS', name: 'Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số' }),
];

describe('indicator-target-2030-missing', () => {
  it('accepts a quantified 2030 target', () => {
    expect(run(indicatorTarget2030Missing, makeContext({ catalog, indicators: [{ code: 'NQ03-11.1', target2030: '≥ 80%', target2030Value: null }] }))).toEqual(
      [],
    );
  });

  it('reports a missing or vague 2030 target where the catalogue asks for one', () => {
    for (const target2030 of ['', 'tiếp tục nâng cao']) {
      const found = run(indicatorTarget2030Missing, makeContext({ catalog, indicators: [{ code: 'NQ03-11.1', target2030, target2030Value: null }] }));
      expect(found).toEqual([expect.objectContaining({ rule: 'indicator-target-2030-missing', severity: 'error' })]);
    }
  });

  it('matches the entry by name when the row has no code', () => {
    const ind = { code: null, name: 'Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân, doanh nghiệp', target2030: '', target2030Value: null };
    expect(run(indicatorTarget2030Missing, makeContext({ catalog, indicators: [ind] }))).toHaveLength(1);
  });

  it('does not ask for 2030 where the catalogue does not, nor without a catalogue', () => {
    expect(run(indicatorTarget2030Missing, makeContext({ catalog, indicators: [{ code: 'BCĐ26-KNS', target2030: '', target2030Value: null }] }))).toEqual([]);
    expect(run(indicatorTarget2030Missing, makeContext({ indicators: [{ code: 'NQ03-11.1', target2030: '', target2030Value: null }] }))).toEqual([]);
  });
});
