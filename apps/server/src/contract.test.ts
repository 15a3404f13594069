import { createHash } from 'node:crypto';
import { ApiError, createApiClient, fileRoutes, routes, submitRoute, type ApiClient } from '@cds/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocx } from './test/docx.js';
import { draftBody } from './test/draft.js';
import { ACCOUNTS, TEST_PASSWORD } from './test/fixture.js';
import { build, type TestApp } from './test/helper.js';
import { injectFetch } from './test/inject-fetch.js';

/** The server implements `@cds/api`: every route of the contract exists, and the typed client works against it. */
describe('the contract @cds/api, against the real server', () => {
  let t: TestApp;
  let token: string | null = null;
  let client: ApiClient;
  beforeAll(async () => {
    t = await build();
    client = createApiClient({ baseUrl: '/api', getToken: () => token, fetch: injectFetch(t.app) });
  });
  afterAll(() => t.close());

  const signIn = async (account: keyof typeof ACCOUNTS) => {
    token = null;
    token = (await client.login({ body: { email: ACCOUNTS[account].email, password: TEST_PASSWORD } })).token;
  };

  it('has every route of the contract registered on the server', () => {
    const all = [...Object.values(routes), ...Object.values(fileRoutes), submitRoute];
    const missing = all.filter((r) => !t.app.hasRoute({ method: r.method, url: `/api${r.path}` }));
    expect(missing).toEqual([]);
  });

  it('signs in, and a wrong password is an ApiError with the server code and its Vietnamese message', async () => {
    const failed = await client.login({ body: { email: ACCOUNTS.drafterA.email, password: 'sai-mat-khau' } }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ApiError);
    expect(failed).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' });
    await signIn('drafterA');
    const me = await client.me();
    expect(me).toMatchObject({ email: ACCOUNTS.drafterA.email, role: 'drafter', agency: { code: '01', kind: 'province' } });
  });

  it('syncs a draft, then answers a stale base with 409 STALE_REVISION and the current revision in its details', async () => {
    await signIn('drafterA');
    const first = await client.syncDraft({ body: draftBody() });
    expect(first.revision.number).toBe(1);
    const stale = await client.syncDraft({ body: draftBody({ baseRevision: 0 }) }).catch((e: unknown) => e as ApiError);
    expect(stale).toMatchObject({ status: 409, code: 'STALE_REVISION' });
    expect((stale as ApiError).details).toMatchObject({ currentRevision: 1 });
    const mine = await client.mine();
    expect(mine.plan?.currentRevision).toBe(1);
    expect((await client.currentRound()).catalog.entries.length).toBeGreaterThan(0);
  });

  it('submits a .docx as multipart and downloads the same bytes back', async () => {
    await signIn('submitterA');
    const doc = planDocx();
    const current = (await client.mine()).plan?.currentRevision ?? 0;
    expect(current).toBeGreaterThanOrEqual(0);
    const receipt = await client.submit({
      file: new Blob([doc.bytes as Uint8Array<ArrayBuffer>]),
      fileName: 'Kế hoạch.docx',
      plan: doc.plan,
      idempotencyKey: `contract-${process.pid}`,
    });
    expect(receipt.sha256).toBe(createHash('sha256').update(doc.bytes).digest('hex'));
    expect(receipt.number).toMatch(/^BKHCN-2026-\d+$/);
    await signIn('reviewer');
    const file = await client.download('submissionDocx', { params: { id: receipt.submissionId } });
    expect(Buffer.from(file.bytes).equals(Buffer.from(doc.bytes))).toBe(true);
    const board = await client.board({ query: { status: 'submitted' } });
    expect(board.items.map((r) => r.agency.code)).toContain('01');
    const planId = board.items.find((r) => r.agency.code === '01')!.planId!;
    const detail = await client.planDetail({ params: { id: planId } });
    expect(detail.submissions[0]?.sha256).toBe(receipt.sha256);
    const reviewed = await client.review({
      params: { id: planId },
      body: { decision: 'return', summary: 'Bổ sung', comments: [{ section: 'P2.III.6', comment: 'Thiếu đơn vị thực hiện' }] },
    });
    expect(reviewed.plan.status).toBe('returned');
  });

  it('reports an unreachable server as NETWORK_ERROR with status 0', async () => {
    const offline = createApiClient({ baseUrl: 'http://127.0.0.1:9/api', fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await expect(offline.health()).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR', message: expect.stringContaining('Không kết nối được') });
  });

  it('refuses an answer that does not match the contract as BAD_RESPONSE', async () => {
    const liar = createApiClient({ baseUrl: '/api', fetch: async () => new Response(JSON.stringify({ status: 'ok' }), { status: 200 }) });
    await expect(liar.health()).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
