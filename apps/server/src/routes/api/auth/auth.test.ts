import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../../db/schema/index.js';
import { build, injectWithLogin, login, type TestApp } from '../../../test/helper.js';
import { ACCOUNTS, TEST_PASSWORD } from '../../../test/fixture.js';

describe('auth routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  it('logs in with the right password and returns a token and the user with their agency', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ACCOUNTS.drafterA.email, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^[\w-]{40,}$/);
    expect(body.user).toMatchObject({ email: ACCOUNTS.drafterA.email, role: 'drafter', agency: { code: '01', kind: 'province' } });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(t.clock.now.getTime());
  });

  it('refuses a wrong password or an unknown e-mail with the same Vietnamese message', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ACCOUNTS.admin.email, password: 'sai-mat-khau' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@test.vn', password: 'sai-mat-khau' } });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' });
    }
  });

  it('refuses a disabled account with 403 ACCOUNT_DISABLED, but only to whoever knows its password', async () => {
    const id = t.fixture.userIds.submitterA2;
    expect((await t.as('admin', { method: 'PATCH', url: `/api/admin/users/${id}`, payload: { disabled: true } })).statusCode).toBe(200);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ACCOUNTS.submitterA2.email, password: 'sai-mat-khau' } });
    expect(wrong.json()).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ACCOUNTS.submitterA2.email, password: TEST_PASSWORD } });
    expect(right.json()).toEqual({
      statusCode: 403,
      code: 'ACCOUNT_DISABLED',
      message: 'Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên của Bộ KH&CN.',
    });
    expect((await t.as('admin', { method: 'PATCH', url: `/api/admin/users/${id}`, payload: { disabled: false } })).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ACCOUNTS.submitterA2.email, password: TEST_PASSWORD } })).statusCode,
    ).toBe(200);
  });

  it('answers /me for a valid token and 401 without one or with a bad one', async () => {
    const me = await injectWithLogin(t.app, ACCOUNTS.reviewer.email, { method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ role: 'mst_reviewer', agency: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    const bad = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Bearer khong-hop-le' } });
    expect(bad.json()).toMatchObject({ statusCode: 401, code: 'SESSION_EXPIRED' });
  });

  it('logs out: the token stops working', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ACCOUNTS.admin.email, password: TEST_PASSWORD } });
    const authorization = `Bearer ${login.json().token}`;
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization } })).statusCode).toBe(401);
  });

  it('expires sessions after their lifetime', async () => {
    const token = await t.token('submitterB');
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + t.app.config.sessionTtlMs + 1000);
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
      expect(res.json()).toMatchObject({ statusCode: 401, code: 'SESSION_EXPIRED' });
    } finally {
      t.clock.now = saved;
    }
  });

  it('answers invalid JSON with 400 INVALID_JSON and a wrong content type with 415', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'INVALID_JSON', message: expect.stringContaining('JSON') });
    const type = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'email=a' });
    expect(type.statusCode).toBe(415);
    expect(type.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers schema violations with 400 VALIDATION_FAILED and Vietnamese issues', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'khong-phai-email', password: '' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['body.email', 'body.password']));
    const byPath = Object.fromEntries(body.issues.map((i: { path: string; message: string }) => [i.path, i.message]));
    expect(byPath).toMatchObject({ 'body.email': 'phải là một địa chỉ email hợp lệ', 'body.password': 'cần ít nhất 1 ký tự' });
  });
});

describe('login rate limit', () => {
  it('refuses the fourth attempt within a minute with 429 RATE_LIMITED', async () => {
    const t = await build({ config: { loginRateLimit: 3 } });
    try {
      const attempt = () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ACCOUNTS.admin.email, password: 'sai-mat-khau' } });
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await attempt()).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
      expect((await attempt()).json()).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('quá nhiều lần') });
    } finally {
      await t.close();
    }
  });
});

describe('with the per-process session cache on', () => {
  it('still ends a session at logout', async () => {
    const t = await build({ config: { cacheTtlMs: 60_000 } });
    try {
      const token = await t.token('drafterB');
      const authorization = `Bearer ${token}`;
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization } })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization } })).statusCode).toBe(204);
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization } })).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('forgetUser drops every cached session of that user, and only theirs', async () => {
    const t = await build({ config: { cacheTtlMs: 60_000 } });
    try {
      const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
      const a1 = await login(t.app, ACCOUNTS.drafterA.email);
      const a2 = await login(t.app, ACCOUNTS.drafterA.email);
      const b = await login(t.app, ACCOUNTS.drafterB.email);
      for (const token of [a1, a2, b]) expect((await me(token)).statusCode).toBe(200);
      // Sessions deleted behind the cache's back: still served from it…
      await t.app.db.delete(sessions);
      expect((await me(a1)).statusCode).toBe(200);
      // …until the user is forgotten.
      t.app.repos.users.forgetUser(t.fixture.userIds.drafterA);
      expect((await me(a1)).statusCode).toBe(401);
      expect((await me(a2)).statusCode).toBe(401);
      expect((await me(b)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("a disabled user's token gets 401 on the very next request", async () => {
    const t = await build({ config: { cacheTtlMs: 60_000 } });
    try {
      const authorization = `Bearer ${await t.token('submitterB')}`;
      expect((await t.app.inject({ method: 'GET', url: '/api/plans/mine', headers: { authorization } })).statusCode).toBe(200);
      const res = await t.as('admin', { method: 'PATCH', url: `/api/admin/users/${t.fixture.userIds.submitterB}`, payload: { disabled: true } });
      expect(res.statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/plans/mine', headers: { authorization } })).json()).toMatchObject({
        statusCode: 401,
        code: 'SESSION_EXPIRED',
      });
    } finally {
      await t.close();
    }
  });
});
