import { describe, expect, it } from 'vitest';
import { ND30_PAGE } from '@cds/template';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { formatMargins } from './format-margins.js';

describe('format-margins', () => {
  it('accepts margins within Nghị định 30 ranges', () => {
    const page = { ...ND30_PAGE, margins: { topMm: 25, bottomMm: 20, leftMm: 35, rightMm: 20 } };
    expect(run(formatMargins, makeContext({ pages: [page] }))).toEqual([]);
  });

  it('reports Word default margins once, naming the values', () => {
    const page = { ...ND30_PAGE, margins: { topMm: 25.4, bottomMm: 25.4, leftMm: 25.4, rightMm: 25.4 } };
    const found = run(formatMargins, makeContext({ pages: [page, page] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'format-margins', severity: 'warning' });
    expect(found[0]!.message).toContain('lề trái 25,4 mm');
    expect(found[0]!.message).toContain('phần 1, 2');
  });
});
