import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, TEST_PASSWORD } from '../../../test/fixture.js';
import { build, type TestApp } from '../../../test/helper.js';

describe('health, docs and the real port', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  it('answers GET /api/health with the engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', engine: t.app.database.engine });
  });

  it('serves the OpenAPI document at /docs/json and the UI at /docs', async () => {
    const json = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(json.statusCode).toBe(200);
    expect(json.json().paths['/api/plans/mine/draft'].put.requestBody).toBeDefined();
    // The submission's multipart form is documented, so /docs can send one (file as binary).
    const form = json.json().paths['/api/plans/mine/submit'].post.requestBody.content['multipart/form-data'].schema;
    expect(form).toMatchObject({
      required: ['file', 'plan', 'idempotencyKey'],
      properties: { file: { type: 'string', format: 'binary' }, plan: { type: 'string' } },
    });
    expect((await t.app.inject({ method: 'GET', url: '/docs/' })).statusCode).toBe(200);
  });

  it('answers unknown routes with a Vietnamese 404 and sets security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: expect.stringContaining('Không có') });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('allows the add-in origin through CORS and not others', async () => {
    const origin = t.app.config.corsOrigins[0]!;
    const ok = await t.app.inject({ method: 'OPTIONS', url: '/api/plans/mine/draft', headers: { origin, 'access-control-request-method': 'PUT' } });
    expect(ok.headers['access-control-allow-origin']).toBe(origin);
    const other = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/plans/mine/draft',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'PUT' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves through a real port: log in and read /me over HTTP', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const login = await fetch(`${address}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ACCOUNTS.submitterB.email, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const me = await fetch(`${address}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ role: 'submitter', agency: { code: 'BO-YT' } });
  });
});
