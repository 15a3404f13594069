import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTICS_LIMITS, diagnosticsMessages, diagnosticsRoutes, type DiagnosticsReportBody } from '@cds/api';
import { ACCOUNTS } from '../../../test/fixture.js';
import { build, type TestApp } from '../../../test/helper.js';

/** What the pane's "Chẩn đoán" produces on Office 2019 (Trident, WordApi 1.3). */
const report = (over: Partial<DiagnosticsReportBody> = {}): DiagnosticsReportBody => ({
  at: '2026-03-01T02:58:00.000Z',
  capabilities: {
    host: 'Word',
    platform: 'PC',
    version: '16.0.10827.20181',
    webview: 'trident',
    wordApiMinor: 3,
    sets: { 'WordApi 1.3': true, 'WordApi 1.4': false },
    annotations: false,
  },
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  steps: [
    { name: 'readDocument', ok: true, ms: 40 },
    { name: 'insertFramework', ok: true, ms: 120 },
    { name: 'markFindings', ok: false, ms: 2, fallback: 'highlight', error: 'ApiNotFound: WordApi 1.7' },
  ],
  ranIn: 'scratch',
  ...over,
});

describe('diagnostics reports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  const send = (account: Parameters<TestApp['as']>[0], payload: unknown) =>
    t.as(account, { method: 'POST', url: '/api/diagnostics', payload: payload as object });
  const list = (account: Parameters<TestApp['as']>[0], query = '') => t.as(account, { method: 'GET', url: `/api/admin/diagnostics${query}` });

  it('answers both routes of its contract table', () => {
    for (const r of Object.values(diagnosticsRoutes)) expect(t.app.hasRoute({ method: r.method, url: `/api${r.path}` })).toBe(true);
  });

  it('takes a report from every signed-in role and counts passed and failed operations', async () => {
    for (const account of ['drafterA', 'submitterB', 'reviewer', 'admin'] as const) {
      const res = await send(account, report());
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ passed: 2, failed: 1, id: expect.any(Number) });
    }
  });

  it('refuses an anonymous report in Vietnamese', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/diagnostics', payload: report() });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tiếp tục.' });
  });

  it('refuses a body over its limit before parsing it (413), and oversized fields with the field and a Vietnamese reason (400)', async () => {
    const huge = report({ steps: [{ name: 'x', ok: false, ms: 1, error: 'e'.repeat(DIAGNOSTICS_LIMITS.bodyBytes) }] });
    const tooLarge = await send('drafterA', huge);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Báo cáo chẩn đoán vượt quá dung lượng cho phép (tối đa 64 KB).' });

    const longError = await send('drafterA', report({ steps: [{ name: 'x', ok: false, ms: 1, error: 'e'.repeat(DIAGNOSTICS_LIMITS.error + 1) }] }));
    expect(longError.statusCode).toBe(400);
    expect(longError.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Dữ liệu gửi lên không hợp lệ.' });
    expect(longError.json().issues).toEqual([{ path: 'body.steps.0.error', message: diagnosticsMessages.tooLong(DIAGNOSTICS_LIMITS.error) }]);

    const tooMany = await send('drafterA', report({ steps: Array.from({ length: DIAGNOSTICS_LIMITS.steps + 1 }, () => ({ name: 's', ok: true, ms: 1 })) }));
    expect(tooMany.json().issues).toEqual([{ path: 'body.steps', message: diagnosticsMessages.tooManySteps }]);
    const badWebview = await send('drafterA', report({ capabilities: { ...report().capabilities, webview: 'netscape' as 'trident' } }));
    expect(badWebview.statusCode).toBe(400);
  });

  it('shows administrators every report with its sender and agency, newest first, and nobody else', async () => {
    for (const account of ['reviewer', 'drafterA', 'submitterA'] as const) {
      const res = await list(account);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' });
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/diagnostics' })).statusCode).toBe(401);

    await send(
      'submitterA',
      report({
        steps: [{ name: 'readDocument', ok: true, ms: 5 }],
        capabilities: { ...report().capabilities, webview: 'webview2', version: '16.0.17928.20114' },
      }),
    );
    const res = await list('admin');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(5);
    const [newest] = body.items;
    expect(newest).toMatchObject({
      user: { email: ACCOUNTS.submitterA.email, role: 'submitter' },
      agency: { code: '01', name: 'Thành phố Hà Nội' },
      capabilities: { webview: 'webview2', version: '16.0.17928.20114', sets: { 'WordApi 1.3': true } },
      passed: 1,
      failed: 0,
    });
    const fromReviewer = body.items.find((r: { user: { email: string } }) => r.user.email === ACCOUNTS.reviewer.email);
    expect(fromReviewer.agency).toBeNull();
    expect(fromReviewer.steps[2]).toEqual({ name: 'markFindings', ok: false, ms: 2, fallback: 'highlight', error: 'ApiNotFound: WordApi 1.7' });
  });

  it('pages and filters the list within bounds, each answer as its contract says', async () => {
    const failing = await t.as('admin', { method: 'GET', url: '/api/admin/diagnostics?failedOnly=true&limit=2' });
    expect(failing.json().total).toBe(4);
    expect(failing.json().items).toHaveLength(2);
    const page = await t.as('admin', { method: 'GET', url: '/api/admin/diagnostics?limit=2&offset=4' });
    expect(page.json().items).toHaveLength(1);
    expect((await list('admin', '?limit=500')).statusCode).toBe(400);
    expect(diagnosticsRoutes.adminDiagnostics.response.parse(page.json()).items[0]!.user).not.toBeNull();
  });
});
