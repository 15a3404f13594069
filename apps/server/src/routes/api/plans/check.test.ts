import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../../../test/counts.js';
import { planDocx } from '../../../test/docx.js';
import { build, type TestApp } from '../../../test/helper.js';
import { multipart } from '../../../test/multipart.js';

describe('POST /api/plans/mine/check (the web path)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());
  const check = (bytes: Uint8Array, account: 'drafterA' | 'submitterA' | 'reviewer' = 'drafterA') =>
    t.as(account, { method: 'POST', url: '/api/plans/mine/check', ...multipart({}, { name: 'KeHoach.docx', bytes }) });

  it("gives the server's findings and extracted plan, stores nothing, and the plan submits as is", async () => {
    const before = await rowCounts(t.database.db);
    const broken = planDocx({ mutations: [{ kind: 'dropSection', section: 'P2.V' }] });
    const res = await check(broken.bytes);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.submittable).toBe(false);
    expect(body.findings.some((f: { section: string | null; severity: string }) => f.section === 'P2.V' && f.severity === 'error')).toBe(true);
    expect(body.counts.error).toBeGreaterThan(0);
    expect(await rowCounts(t.database.db)).toEqual(before);

    const clean = planDocx();
    const ok = (await check(clean.bytes, 'submitterA')).json();
    expect(ok).toMatchObject({ submittable: true, counts: { error: 0 }, fileName: 'KeHoach.docx', size: clean.bytes.byteLength });
    const form = multipart({ plan: JSON.stringify(ok.plan), idempotencyKey: 'web-check-test-key-1' }, { name: 'KeHoach.docx', bytes: clean.bytes });
    const submitted = await t.as('submitterA', { method: 'POST', url: '/api/plans/mine/submit', ...form });
    expect(submitted.statusCode).toBe(201);
  });

  it('refuses what is not a .docx, a missing file, and MST accounts', async () => {
    expect((await check(new TextEncoder().encode('not a zip'))).json().code).toMatch(/^DOCX_/);
    expect((await t.as('drafterA', { method: 'POST', url: '/api/plans/mine/check', ...multipart({ a: 'b' }) })).json().code).toBe('MISSING_FILE');
    expect((await check(planDocx().bytes, 'reviewer')).statusCode).toBe(403);
  });
});
