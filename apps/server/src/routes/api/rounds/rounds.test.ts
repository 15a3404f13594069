import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCatalog } from '@cds/plan';
import { rounds } from '../../../db/schema/index.js';
import { build, type TestApp } from '../../../test/helper.js';

describe('GET /api/rounds/current', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  it('gives the round, its template version, deadline and the catalogue entries for my kind of agency, marked sample', async () => {
    const province = (await t.as('drafterA', { method: 'GET', url: '/api/rounds/current' })).json();
    expect(province).toMatchObject({ id: t.fixture.roundId, templateVersion: 'mst-2026', latePolicy: 'accept-flagged', catalog: { sample: true } });
    const codes = province.catalog.entries.map((e: { code: string }) => e.code);
    expect(codes).toContain('NQ03-11.7'); // province only
    const central = (await t.as('drafterB', { method: 'GET', url: '/api/rounds/current' })).json();
    const centralCodes = central.catalog.entries.map((e: { code: string }) => e.code);
    expect(centralCodes).not.toContain('NQ03-11.7');
    expect(centralCodes).toContain('NQ03-11.1'); // all
    const mst = (await t.as('reviewer', { method: 'GET', url: '/api/rounds/current' })).json();
    expect(mst.catalog.entries.map((e: { code: string }) => e.code)).toEqual(sampleCatalog.entries.map((e) => e.code));
  });

  it('answers 404 NO_CURRENT_ROUND when there is no round at all', async () => {
    await t.app.db.delete(rounds);
    const res = await t.as('drafterA', { method: 'GET', url: '/api/rounds/current' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NO_CURRENT_ROUND', message: expect.stringContaining('đợt báo cáo') });
    const draft = await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: { baseRevision: 0 } });
    expect(draft.statusCode).toBe(400);
  });
});
