import { describe, expect, it } from 'vitest';
import { ND30_PAGE } from '@cds/template';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { formatPageNumber } from './format-page-number.js';

const page = (pageNumber?: typeof ND30_PAGE.pageNumber) => {
  const { pageNumber: _, ...rest } = ND30_PAGE;
  return pageNumber ? { ...rest, pageNumber } : rest;
};

describe('format-page-number', () => {
  it('accepts a centred header number not on the first page', () => {
    expect(run(formatPageNumber, makeContext({ pages: [page({ in: 'header', alignment: 'center', onFirstPage: false })] }))).toEqual([]);
  });

  it('reports a missing page number', () => {
    expect(run(formatPageNumber, makeContext({ pages: [page()] }))[0]!.message).toContain('không thấy số trang');
  });

  it('reports each problem of a footer number on every page, right-aligned', () => {
    const found = run(formatPageNumber, makeContext({ pages: [page({ in: 'footer', alignment: 'right', onFirstPage: true })] }));
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('chân trang'),
      expect.stringContaining('căn phải'),
      expect.stringContaining('trang đầu'),
    ]);
    expect(found.every((f) => f.severity === 'warning' && f.rule === 'format-page-number')).toBe(true);
  });
});
