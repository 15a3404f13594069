import { dashboardRoutes, fileRoutes, routes } from '@cds/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../messages.vi.js';
import { planDocx } from './docx.js';
import { draftBody } from './draft.js';
import { build, type TestApp } from './helper.js';
import { multipart } from './multipart.js';
import { snapshot } from './snapshot.js';

/** Issue 9: ids past int4, bodies past the limits, deep JSON: clean 4xx in Vietnamese, nothing stored. */
describe('limits at the edge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build({ config: { bodyLimit: 256 * 1024, uploadLimit: 64 * 1024 } });
    for (const a of ['admin', 'reviewer', 'submitterA', 'drafterA'] as const) await t.token(a);
  });
  afterAll(() => t.close());

  const TOO_BIG = '2147483648';
  const idRoutes = [...Object.values(routes), ...Object.values(fileRoutes), ...Object.values(dashboardRoutes)].filter((r) => r.path.includes(':id'));

  it('an id of 2^31 on every :id route is 400 VALIDATION_FAILED naming params.id, never a 500; nothing stored', async () => {
    expect(idRoutes.length).toBeGreaterThanOrEqual(6);
    const before = await snapshot(t.app.db);
    for (const r of idRoutes) {
      const url = `/api${r.path.replace(':id', TOO_BIG).replace(/:(\w+)/g, '1')}`;
      const account = r.path.startsWith('/admin') ? 'admin' : r.path.startsWith('/mst') ? 'reviewer' : 'submitterA';
      const payload =
        r.method === 'GET'
          ? undefined
          : r.path.endsWith('/review')
            ? { decision: 'accept' }
            : r.path.endsWith('/password')
              ? { password: 'mat-khau-du-dai' }
              : { name: 'X' };
      const res = await t.as(account, { method: r.method, url, ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${r.method} ${url}`).toBe(400);
      expect(res.json(), `${r.method} ${url}`).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: expect.arrayContaining([{ path: 'params.id', message: 'phải không quá 2.147.483.647' }]),
      });
    }
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('?roundId=2^31 on the MST views is 400 naming querystring.roundId', async () => {
    for (const path of ['/api/mst/plans', '/api/mst/indicators']) {
      const res = await t.as('reviewer', { method: 'GET', url: `${path}?roundId=${TOO_BIG}` });
      expect(res.statusCode, path).toBe(400);
      expect(res.json().issues, path).toEqual(expect.arrayContaining([{ path: 'querystring.roundId', message: 'phải không quá 2.147.483.647' }]));
    }
  });

  it('a JSON body over the limit: 413 stating the limit, nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const res = await t.as('drafterA', {
      method: 'PUT',
      url: '/api/plans/mine/draft',
      payload: draftBody({ plan: { ...draftBody().plan, sections: [{ id: 'P1', heading: 'x'.repeat(300 * 1024), blockId: 'b', text: '' }] } }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép (tối đa 256 KB).',
      limit: 256 * 1024,
    });
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('an upload over the limit: 413 stating the upload limit, nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const doc = planDocx();
    const big = new Uint8Array(100 * 1024).fill(65);
    const form = multipart({ plan: JSON.stringify(doc.plan), idempotencyKey: `limit-${process.pid}-1` }, { name: 'lon.docx', bytes: big });
    const res = await t.as('submitterA', { method: 'POST', url: '/api/plans/mine/submit', ...form });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép (tối đa 64 KB).', limit: 64 * 1024 });
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('a JSON body whose bytes are not UTF-8 is refused (not stored as U+FFFD), nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const body = Buffer.concat([Buffer.from('{"baseRevision":0,"idempotencyKey":"'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('khoa-123","plan":{}}')]);
    const res = await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: body, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'INVALID_UTF8', message: messages.INVALID_UTF8 });
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('deeply nested JSON is refused as too deep, not as a syntax error; nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const depth = 5_000;
    const deep = `{"baseRevision":0,"idempotencyKey":"sau-long-nhau-1","plan":${'['.repeat(depth)}${']'.repeat(depth)},"findingsSummary":{"error":0,"warning":0,"info":0},"completeness":0}`;
    const res = await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: deep, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'NESTING_TOO_DEEP', message: messages.NESTING_TOO_DEEP });
    expect(await snapshot(t.app.db)).toEqual(before);
  });
});
