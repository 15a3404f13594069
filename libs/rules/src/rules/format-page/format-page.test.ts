import { describe, expect, it } from 'vitest';
import { ND30_PAGE } from '@cds/template';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { formatPage } from './format-page.js';

describe('format-page', () => {
  it('accepts A4 portrait', () => {
    expect(run(formatPage, makeContext())).toEqual([]);
  });

  it('reports Letter paper', () => {
    const found = run(formatPage, makeContext({ pages: [{ ...ND30_PAGE, widthMm: 215.9, heightMm: 279.4 }] }));
    expect(found).toEqual([expect.objectContaining({ rule: 'format-page', severity: 'warning' })]);
    expect(found[0]!.message).toContain('216 × 279');
  });

  it('allows landscape only for sections holding a table', () => {
    const landscape = { ...ND30_PAGE, widthMm: 297, heightMm: 210, orientation: 'landscape' as const };
    const withTable = makeContext({ sections: [{ id: 'P2.V', paras: ['x'] }], pages: [landscape] });
    withTable.doc.body.push({ kind: 'table', id: 't', rows: [] });
    expect(run(formatPage, withTable)).toEqual([]);
    const found = run(formatPage, makeContext({ sections: [{ id: 'P2.V', paras: ['x'] }], pages: [landscape] }));
    expect(found[0]!.message).toContain('đặt ngang');
  });
});
