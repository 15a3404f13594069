import { sampleCatalog } from '@cds/plan';
import { asc, count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.js';
import { agencies, auditLog, catalogAssignments, catalogEntries, rounds, sessions, users } from '../../../db/schema/index.js';
import { rowCounts } from '../../../test/counts.js';
import { planDocx, type PlanDocx } from '../../../test/docx.js';
import { draftBody } from '../../../test/draft.js';
import { ACCOUNTS, TEST_PASSWORD } from '../../../test/fixture.js';
import { build, login, type TestApp } from '../../../test/helper.js';
import { multipart } from '../../../test/multipart.js';

describe('admin routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  it('creates a round and lists it; 404 for an unknown round id', async () => {
    const res = await t.as('admin', {
      method: 'POST',
      url: '/api/admin/rounds',
      payload: {
        name: 'Kế hoạch CĐS 2027',
        templateVersion: 'mst-2026',
        opensAt: '2027-02-01T00:00:00+07:00',
        deadline: '2027-03-15T15:00:00+07:00',
        latePolicy: 'refuse',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Kế hoạch CĐS 2027', deadline: '2027-03-15T08:00:00.000Z', latePolicy: 'refuse', catalogSample: false });
    const list = (await t.as('admin', { method: 'GET', url: '/api/admin/rounds' })).json();
    expect(list.map((r: { name: string }) => r.name)).toContain('Kế hoạch CĐS 2027');
    expect((await t.as('admin', { method: 'GET', url: `/api/admin/rounds/${res.json().id}` })).statusCode).toBe(200);
    expect((await t.as('admin', { method: 'GET', url: '/api/admin/rounds/424242' })).json()).toMatchObject({ statusCode: 404, code: 'ROUND_NOT_FOUND' });
  });

  it('refuses a round whose deadline precedes its opening, or an unknown template', async () => {
    const base = { name: 'Sai', templateVersion: 'mst-2026', opensAt: '2027-03-01T00:00:00Z', deadline: '2027-02-01T00:00:00Z' };
    expect((await t.as('admin', { method: 'POST', url: '/api/admin/rounds', payload: base })).json().code).toBe('DEADLINE_BEFORE_OPEN');
    const unknown = await t.as('admin', {
      method: 'POST',
      url: '/api/admin/rounds',
      payload: { ...base, deadline: '2027-04-01T00:00:00Z', templateVersion: 'mst-1999' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('mst-1999');
  });

  it('creates agencies (code unique) and users who can then log in', async () => {
    const agency = await t.as('admin', { method: 'POST', url: '/api/admin/agencies', payload: { code: '04', name: 'Tỉnh Cao Bằng', kind: 'province' } });
    expect(agency.statusCode).toBe(201);
    expect((await t.as('admin', { method: 'POST', url: '/api/admin/agencies', payload: { code: '04', name: 'Trùng', kind: 'province' } })).statusCode).toBe(
      409,
    );
    const user = await t.as('admin', {
      method: 'POST',
      url: '/api/admin/users',
      payload: { email: 'CB@CaoBang.test.vn', name: 'Chuyên viên Cao Bằng', password: 'mat-khau-cao-bang', role: 'drafter', agencyId: agency.json().id },
    });
    expect(user.statusCode).toBe(201);
    expect(user.json()).toMatchObject({ email: 'cb@caobang.test.vn', agency: { code: '04' } });
    expect(await login(t.app, 'cb@caobang.test.vn', 'mat-khau-cao-bang')).toBeTruthy();
    expect((await t.as('admin', { method: 'GET', url: '/api/admin/users' })).json().some((u: { email: string }) => u.email === 'cb@caobang.test.vn')).toBe(
      true,
    );
    expect((await t.as('admin', { method: 'GET', url: '/api/admin/agencies' })).json()).toHaveLength(3);
  });

  it('refuses agency staff without an agency, MST staff with one, and a taken e-mail', async () => {
    const base = { name: 'X', password: 'mat-khau-dai-du', agencyId: null };
    expect((await t.as('admin', { method: 'POST', url: '/api/admin/users', payload: { ...base, email: 'x1@test.vn', role: 'submitter' } })).json().code).toBe(
      'AGENCY_REQUIRED',
    );
    expect(
      (
        await t.as('admin', { method: 'POST', url: '/api/admin/users', payload: { ...base, email: 'x2@test.vn', role: 'admin', agencyId: t.fixture.agencyA } })
      ).json().code,
    ).toBe('MST_HAS_NO_AGENCY');
    expect((await t.as('admin', { method: 'POST', url: '/api/admin/users', payload: { ...base, email: 'admin@test.vn', role: 'admin' } })).statusCode).toBe(
      409,
    );
  });

  it("imports a CSV catalogue, replacing the round's, and agencies then see their share", async () => {
    const csv = 'code,name,unit,appliesTo,target2030\nX-1,Chỉ tiêu chung,%,all,100\nX-2,Chỉ tiêu cho tỉnh,%,province,\nX-3,Chỉ tiêu riêng Bộ Y tế,%,BO-YT,';
    const res = await t.as('admin', {
      method: 'POST',
      url: '/api/admin/catalog/import',
      payload: { roundId: t.fixture.roundId, format: 'csv', content: csv, name: 'Danh mục chính thức' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mode: 'replace', imported: 3, added: 3, updated: 0, kept: 0, removed: sampleCatalog.entries.length, sample: false });
    const hn = (await t.as('drafterA', { method: 'GET', url: '/api/rounds/current' })).json().catalog;
    expect(hn).toMatchObject({ name: 'Danh mục chính thức', sample: false });
    expect(hn.entries.map((e: { code: string }) => e.code)).toEqual(['X-1', 'X-2']);
    const byt = (await t.as('drafterB', { method: 'GET', url: '/api/rounds/current' })).json().catalog;
    expect(byt.entries.map((e: { code: string }) => e.code)).toEqual(['X-1', 'X-3']);
  });

  it('reports every bad line in Vietnamese and imports nothing', async () => {
    const before = await rowCounts(t.app.db);
    const csv = 'code,name,unit,appliesTo\nY-1,Tốt,%,all\n,Thiếu mã,%,all\nY-1,Trùng mã,%,all';
    const res = await t.as('admin', { method: 'POST', url: '/api/admin/catalog/import', payload: { roundId: t.fixture.roundId, format: 'csv', content: csv } });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CATALOG_INVALID');
    expect(res.json().problems.length).toBeGreaterThanOrEqual(2);
    expect(res.json().problems.some((p: { message: string }) => p.message.includes('trùng'))).toBe(true);
    const unknownAgency = await t.as('admin', {
      method: 'POST',
      url: '/api/admin/catalog/import',
      payload: { roundId: t.fixture.roundId, format: 'json', content: JSON.stringify([{ code: 'Z', name: 'Z', unit: '%', appliesTo: ['99'] }]) },
    });
    expect(unknownAgency.json().problems[0].message).toContain('không có cơ quan mang mã 99');
    expect(
      (await t.as('admin', { method: 'POST', url: '/api/admin/catalog/import', payload: { roundId: 999, format: 'json', content: '[]' } })).statusCode,
    ).toBe(404);
    expect(await rowCounts(t.app.db)).toEqual(before);
  });
});

/** Everything an admin request may write, rows included: equal before and after a refusal. */
async function stored(db: Db) {
  const n = async (t: typeof sessions) => (await db.select({ n: count() }).from(t))[0]!.n;
  return {
    ...(await rowCounts(db)),
    sessions: await n(sessions),
    users: await db.select().from(users).orderBy(asc(users.id)),
    agencies: await db.select().from(agencies).orderBy(asc(agencies.id)),
    rounds: await db.select().from(rounds).orderBy(asc(rounds.id)),
    entries: await db.select().from(catalogEntries).orderBy(asc(catalogEntries.id)),
    assignments: await db.select().from(catalogAssignments).orderBy(asc(catalogAssignments.id)),
  };
}

/** The latest audit entry of an action. */
async function lastAudit(db: Db, action: string) {
  const [a] = await db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1);
  return a;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const me = (t: TestApp, token: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) });

describe('PATCH /api/admin/rounds/:id', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
    await t.token('admin');
  });
  afterAll(() => t.close());

  it('changes the name and deadline, audits only what changed (before → after)', async () => {
    const url = `/api/admin/rounds/${t.fixture.roundId}`;
    const before = (await t.as('admin', { method: 'GET', url })).json();
    const res = await t.as('admin', {
      method: 'PATCH',
      url,
      payload: { name: 'Đợt thử nghiệm (gia hạn)', deadline: '2026-03-31T15:00:00+07:00', latePolicy: before.latePolicy },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Đợt thử nghiệm (gia hạn)',
      deadline: '2026-03-31T08:00:00.000Z',
      opensAt: before.opensAt,
      templateVersion: 'mst-2026',
    });
    expect((await t.as('admin', { method: 'GET', url })).json()).toMatchObject({ name: 'Đợt thử nghiệm (gia hạn)', deadline: '2026-03-31T08:00:00.000Z' });
    const audit = await lastAudit(t.app.db, 'round.updated');
    expect(audit).toMatchObject({ entity: 'round', entityId: String(t.fixture.roundId), actorId: t.fixture.userIds.admin });
    expect(audit!.details).toEqual({
      changes: {
        name: { from: 'Đợt thử nghiệm', to: 'Đợt thử nghiệm (gia hạn)' },
        deadline: { from: before.deadline, to: '2026-03-31T08:00:00.000Z' },
      },
    });
  });

  it('refuses a deadline before the (unchanged) opening, an unknown round, an empty or unknown field, storing nothing', async () => {
    const url = `/api/admin/rounds/${t.fixture.roundId}`;
    const before = await stored(t.app.db);
    const early = await t.as('admin', { method: 'PATCH', url, payload: { deadline: '2026-02-01T00:00:00Z' } });
    expect(early.json()).toMatchObject({ statusCode: 400, code: 'DEADLINE_BEFORE_OPEN', message: 'Hạn nộp phải sau thời điểm mở đợt.' });
    const late = await t.as('admin', { method: 'PATCH', url, payload: { opensAt: '2026-04-01T00:00:00Z' } });
    expect(late.json().code).toBe('DEADLINE_BEFORE_OPEN');
    expect((await t.as('admin', { method: 'PATCH', url: '/api/admin/rounds/424242', payload: { name: 'X' } })).json()).toMatchObject({
      statusCode: 404,
      code: 'ROUND_NOT_FOUND',
    });
    const empty = await t.as('admin', { method: 'PATCH', url, payload: {} });
    expect(empty.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(empty.json().issues[0].message).toBe('Cần gửi ít nhất một trường cần thay đổi.');
    const template = await t.as('admin', { method: 'PATCH', url, payload: { templateVersion: 'mst-2027' } });
    expect(template.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(await stored(t.app.db)).toEqual(before);
  });
});

/** Submits agency A's clean plan as submitterA. */
function submitA(t: TestApp, doc: PlanDocx, key: string) {
  const form = multipart({ plan: JSON.stringify(doc.plan), idempotencyKey: key }, { name: 'Kế hoạch.docx', bytes: doc.bytes });
  return t.as('submitterA', { method: 'POST', url: '/api/plans/mine/submit', ...form });
}

describe('changing the deadline changes what a submission gets (current round cached)', () => {
  let doc: PlanDocx;
  beforeAll(() => {
    doc = planDocx();
  });
  const day = 86_400_000;

  it('a round refusing late plans: closed after the deadline, open again once MST extends it', async () => {
    const t = await build({ latePolicy: 'refuse', config: { cacheTtlMs: 60_000 } });
    try {
      t.clock.now = new Date(t.clock.now.getTime() + 11 * day); // one day after the deadline
      const closed = await submitA(t, doc, 'extend-1');
      expect(closed.json()).toMatchObject({ statusCode: 403, code: 'SUBMISSION_CLOSED' });
      const deadline = new Date(t.clock.now.getTime() + 5 * day).toISOString();
      expect((await t.as('admin', { method: 'PATCH', url: `/api/admin/rounds/${t.fixture.roundId}`, payload: { deadline } })).statusCode).toBe(200);
      const open = await submitA(t, doc, 'extend-2');
      expect(open.statusCode).toBe(201);
      expect(open.json()).toMatchObject({ late: false });
    } finally {
      await t.close();
    }
  });

  it('a round accepting late plans: a deadline brought forward flags the submission late', async () => {
    const t = await build({ latePolicy: 'accept-flagged', config: { cacheTtlMs: 60_000 } });
    try {
      expect((await t.as('reviewer', { method: 'GET', url: '/api/rounds/current' })).json().deadline).toBe(
        new Date(t.clock.now.getTime() + 10 * day).toISOString(),
      );
      const deadline = new Date(t.clock.now.getTime() - day).toISOString();
      expect((await t.as('admin', { method: 'PATCH', url: `/api/admin/rounds/${t.fixture.roundId}`, payload: { deadline } })).statusCode).toBe(200);
      const res = await submitA(t, doc, 'shorten-1');
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ late: true, message: expect.stringContaining('muộn') });
    } finally {
      await t.close();
    }
  });
});

describe('PATCH /api/admin/agencies/:id', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
    await t.token('admin');
  });
  afterAll(() => t.close());

  it('changes name, category and code, and audits the change', async () => {
    const res = await t.as('admin', {
      method: 'PATCH',
      url: `/api/admin/agencies/${t.fixture.agencyB}`,
      payload: { code: 'BYT', name: 'Bộ Y tế (mới)', category: null },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: t.fixture.agencyB, code: 'BYT', name: 'Bộ Y tế (mới)', kind: 'central', category: null });
    const audit = await lastAudit(t.app.db, 'agency.updated');
    expect(audit).toMatchObject({ entityId: String(t.fixture.agencyB), agencyId: t.fixture.agencyB });
    expect(audit!.details).toEqual({
      changes: { code: { from: 'BO-YT', to: 'BYT' }, name: { from: 'Bộ Y tế', to: 'Bộ Y tế (mới)' }, category: { from: 'ministry', to: null } },
    });
    // Keeping its own code is no conflict.
    expect((await t.as('admin', { method: 'PATCH', url: `/api/admin/agencies/${t.fixture.agencyB}`, payload: { code: 'BYT' } })).statusCode).toBe(200);
  });

  it('refuses a code another agency has, an unknown agency, an empty body, storing nothing', async () => {
    const before = await stored(t.app.db);
    const taken = await t.as('admin', { method: 'PATCH', url: `/api/admin/agencies/${t.fixture.agencyB}`, payload: { code: '01', name: 'Đổi tên' } });
    expect(taken.json()).toMatchObject({ statusCode: 409, code: 'AGENCY_CODE_TAKEN', message: 'Mã cơ quan đã tồn tại.' });
    expect((await t.as('admin', { method: 'PATCH', url: '/api/admin/agencies/424242', payload: { name: 'X' } })).json()).toMatchObject({
      statusCode: 404,
      code: 'AGENCY_NOT_FOUND',
    });
    expect((await t.as('admin', { method: 'PATCH', url: `/api/admin/agencies/${t.fixture.agencyB}`, payload: {} })).statusCode).toBe(400);
    expect(await stored(t.app.db)).toEqual(before);
  });

  it('changes the kind only while the agency has no plan in any round', async () => {
    const free = await t.as('admin', { method: 'PATCH', url: `/api/admin/agencies/${t.fixture.agencyB}`, payload: { kind: 'province' } });
    expect(free.json()).toMatchObject({ kind: 'province' });
    expect((await lastAudit(t.app.db, 'agency.updated'))!.details).toEqual({ changes: { kind: { from: 'central', to: 'province' } } });
    expect((await t.as('admin', { method: 'PATCH', url: `/api/admin/agencies/${t.fixture.agencyB}`, payload: { kind: 'central' } })).statusCode).toBe(200);

    expect((await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody() })).statusCode).toBe(201);
    const before = await stored(t.app.db);
    const locked = await t.as('admin', { method: 'PATCH', url: `/api/admin/agencies/${t.fixture.agencyA}`, payload: { kind: 'central', name: 'Hà Nội' } });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'AGENCY_KIND_LOCKED', message: expect.stringContaining('đã có kế hoạch') });
    expect(await stored(t.app.db)).toEqual(before);
    // Other fields of that agency stay editable.
    expect(
      (await t.as('admin', { method: 'PATCH', url: `/api/admin/agencies/${t.fixture.agencyA}`, payload: { name: 'TP Hà Nội', kind: 'province' } })).json(),
    ).toMatchObject({ name: 'TP Hà Nội', kind: 'province' });
  });
});

describe('PATCH /api/admin/users/:id and POST /api/admin/users/:id/password', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The per-process session cache on, as in production: changes must evict it.
    t = await build({ config: { cacheTtlMs: 60_000 } });
    await t.token('admin');
  });
  afterAll(() => t.close());
  const patchUser = (id: number, payload: object) => t.as('admin', { method: 'PATCH', url: `/api/admin/users/${id}`, payload });

  it('disables an account: its token gets 401 at once, login is refused with 403, its sessions are gone', async () => {
    const id = t.fixture.userIds.drafterB;
    const token = await login(t.app, ACCOUNTS.drafterB.email);
    const other = await login(t.app, ACCOUNTS.drafterB.email); // a second device
    for (const tk of [token, other]) expect((await me(t, tk)).statusCode).toBe(200); // now cached
    const res = await patchUser(id, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, active: false, disabledAt: t.clock.now.toISOString() });
    for (const tk of [token, other]) expect((await me(t, tk)).json()).toMatchObject({ statusCode: 401, code: 'SESSION_EXPIRED' });
    expect((await t.app.inject({ method: 'GET', url: '/api/plans/mine', headers: bearer(token) })).statusCode).toBe(401);
    expect((await t.app.db.select().from(sessions).where(eq(sessions.userId, id))).length).toBe(0);
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ACCOUNTS.drafterB.email, password: TEST_PASSWORD } });
    expect(refused.json()).toMatchObject({ statusCode: 403, code: 'ACCOUNT_DISABLED', message: expect.stringContaining('đã bị khóa') });
    const audit = await lastAudit(t.app.db, 'user.updated');
    expect(audit).toMatchObject({ entityId: String(id), agencyId: t.fixture.agencyB });
    expect(audit!.details).toEqual({ changes: { disabled: { from: false, to: true } }, sessionsEnded: 2 });
    expect((await t.as('admin', { method: 'GET', url: '/api/admin/users' })).json().find((u: { id: number }) => u.id === id)).toMatchObject({ active: false });
    // Enabled again: the account logs in (its old sessions stay ended).
    expect((await patchUser(id, { disabled: false })).json()).toMatchObject({ active: true, disabledAt: null });
    expect((await me(t, token)).statusCode).toBe(401);
    expect(await login(t.app, ACCOUNTS.drafterB.email)).toBeTruthy();
  });

  it('a role or agency change ends the sessions; a new name does not', async () => {
    const id = t.fixture.userIds.submitterA2;
    const token = await login(t.app, ACCOUNTS.submitterA2.email);
    expect((await me(t, token)).json().name).toBe('submitterA2');
    const renamed = await patchUser(id, { name: 'Người gửi thứ hai' });
    expect(renamed.json()).toMatchObject({ name: 'Người gửi thứ hai', role: 'submitter' });
    expect((await me(t, token)).json()).toMatchObject({ name: 'Người gửi thứ hai' });
    expect((await lastAudit(t.app.db, 'user.updated'))!.details).toEqual({
      changes: { name: { from: 'submitterA2', to: 'Người gửi thứ hai' } },
      sessionsEnded: 0,
    });

    const demoted = await patchUser(id, { role: 'drafter' });
    expect(demoted.json()).toMatchObject({ role: 'drafter', agency: { id: t.fixture.agencyA } });
    expect((await me(t, token)).statusCode).toBe(401);

    const moved = await login(t.app, ACCOUNTS.submitterA2.email);
    expect((await me(t, moved)).statusCode).toBe(200);
    expect((await patchUser(id, { agencyId: t.fixture.agencyB })).json()).toMatchObject({ agency: { id: t.fixture.agencyB, code: 'BO-YT' } });
    expect((await me(t, moved)).statusCode).toBe(401);
    expect(await lastAudit(t.app.db, 'user.updated')).toMatchObject({
      agencyId: t.fixture.agencyB,
      details: { changes: { agencyId: { from: t.fixture.agencyA, to: t.fixture.agencyB } }, sessionsEnded: 1 },
    });

    const toMst = await patchUser(id, { role: 'mst_reviewer', agencyId: null });
    expect(toMst.json()).toMatchObject({ role: 'mst_reviewer', agency: null });
  });

  it('applies the creation rules to role and agency, storing nothing when it refuses', async () => {
    const id = t.fixture.userIds.drafterA;
    const token = await login(t.app, ACCOUNTS.drafterA.email);
    const before = await stored(t.app.db);
    expect((await patchUser(id, { role: 'mst_reviewer' })).json()).toMatchObject({ statusCode: 400, code: 'MST_HAS_NO_AGENCY' });
    expect((await patchUser(id, { agencyId: null })).json()).toMatchObject({ statusCode: 400, code: 'AGENCY_REQUIRED' });
    expect((await patchUser(id, { agencyId: 424242 })).json()).toMatchObject({ statusCode: 400, code: 'AGENCY_NOT_FOUND' });
    expect((await patchUser(t.fixture.userIds.reviewer, { agencyId: t.fixture.agencyA })).json()).toMatchObject({ statusCode: 400, code: 'MST_HAS_NO_AGENCY' });
    expect((await patchUser(424242, { name: 'X' })).json()).toMatchObject({ statusCode: 404, code: 'USER_NOT_FOUND', message: 'Không tìm thấy tài khoản.' });
    expect((await patchUser(id, { email: 'moi@test.vn' })).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect((await patchUser(id, { disabled: 'yes' })).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(await stored(t.app.db)).toEqual(before);
    expect((await me(t, token)).statusCode).toBe(200);
    // Nothing to change: no audit entry, no session ended.
    expect((await patchUser(id, { role: 'drafter', disabled: false })).statusCode).toBe(200);
    expect(await stored(t.app.db)).toEqual(before);
  });

  it('refuses to let an admin disable or demote their own account (409 SELF_LOCKOUT), storing nothing', async () => {
    const id = t.fixture.userIds.admin;
    const before = await stored(t.app.db);
    for (const payload of [{ disabled: true }, { role: 'mst_reviewer' }, { role: 'drafter', agencyId: t.fixture.agencyA }]) {
      const res = await patchUser(id, payload);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'SELF_LOCKOUT', message: expect.stringContaining('chính mình') });
    }
    expect(await stored(t.app.db)).toEqual(before);
    expect((await patchUser(id, { name: 'Quản trị viên' })).json()).toMatchObject({ name: 'Quản trị viên', role: 'admin', active: true });
  });

  it('another admin can be demoted; a demoted admin whose request was already authenticated changes nothing', async () => {
    const created = await t.as('admin', {
      method: 'POST',
      url: '/api/admin/users',
      payload: { email: 'admin2@test.vn', name: 'Admin 2', password: 'mat-khau-admin-2', role: 'admin' },
    });
    const id2 = created.json().id as number;
    const token2 = await login(t.app, 'admin2@test.vn', 'mat-khau-admin-2');
    const as2 = (payload: object, id: number) => t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: bearer(token2), payload });
    expect((await as2({ name: 'Chuyên viên Y tế' }, t.fixture.userIds.drafterB)).statusCode).toBe(200); // admin2's session is now cached
    // As if admin2 was demoted by a concurrent request whose effects this process has not seen yet.
    await t.app.db.update(users).set({ role: 'mst_reviewer' }).where(eq(users.id, id2));
    const before = await stored(t.app.db);
    expect((await as2({ disabled: true }, t.fixture.userIds.admin)).json()).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    expect(await stored(t.app.db)).toEqual(before);
    await t.app.db.update(users).set({ role: 'admin' }).where(eq(users.id, id2));
    expect((await patchUser(id2, { role: 'mst_reviewer' })).json()).toMatchObject({ role: 'mst_reviewer' });
    expect((await me(t, token2)).statusCode).toBe(401);
  });

  it('sets a new password: the old one fails, the new one works, old sessions end; the audit holds no password', async () => {
    const id = t.fixture.userIds.submitterB;
    const token = await login(t.app, ACCOUNTS.submitterB.email);
    expect((await me(t, token)).statusCode).toBe(200);
    const res = await t.as('admin', { method: 'POST', url: `/api/admin/users/${id}/password`, payload: { password: 'mat-khau-moi-2026' } });
    expect(res.statusCode).toBe(204);
    expect((await me(t, token)).statusCode).toBe(401);
    const old = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ACCOUNTS.submitterB.email, password: TEST_PASSWORD } });
    expect(old.json()).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    expect(await login(t.app, ACCOUNTS.submitterB.email, 'mat-khau-moi-2026')).toBeTruthy();
    const audit = await lastAudit(t.app.db, 'user.password_reset');
    expect(audit).toMatchObject({ entityId: String(id), agencyId: t.fixture.agencyB, details: { sessionsEnded: 1 } });
    expect(JSON.stringify(audit)).not.toMatch(/mat-khau|argon2/);
  });

  it('refuses a short password or an unknown account, storing nothing', async () => {
    const before = await stored(t.app.db);
    const short = await t.as('admin', { method: 'POST', url: `/api/admin/users/${t.fixture.userIds.drafterA}/password`, payload: { password: 'ngan' } });
    expect(short.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(short.json().issues[0].path).toBe('body.password');
    const unknown = await t.as('admin', { method: 'POST', url: '/api/admin/users/424242/password', payload: { password: 'mat-khau-du-dai' } });
    expect(unknown.json()).toMatchObject({ statusCode: 404, code: 'USER_NOT_FOUND' });
    expect(await stored(t.app.db)).toEqual(before);
    expect(await login(t.app, ACCOUNTS.drafterA.email)).toBeTruthy();
  });
});

describe('catalogue import: merge vs replace', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
    await t.token('admin');
  });
  afterAll(() => t.close());
  const importCatalog = (payload: object) =>
    t.as('admin', { method: 'POST', url: '/api/admin/catalog/import', payload: { roundId: t.fixture.roundId, ...payload } });
  const codesFor = async (account: 'drafterA' | 'drafterB') =>
    ((await t.as(account, { method: 'GET', url: '/api/rounds/current' })).json().catalog.entries as { code: string }[]).map((e) => e.code);

  it('merge upserts by code and keeps the others; replace keeps only the file', async () => {
    const sample = sampleCatalog.entries;
    const five = sample.find((e) => e.code === 'BCĐ26-5G')!;
    expect(five.appliesTo).toBe('province');
    const csv = [
      'code,name,unit,appliesTo,target2026,target2030',
      'BCĐ26-5G,Tỷ lệ dân số được phủ sóng 5G (chính thức),% dân số,BO-YT,75,95',
      'BYT-HSSK,Tỷ lệ hồ sơ sức khỏe điện tử được cập nhật,%,central,60,',
    ].join('\n');
    const merged = await importCatalog({ format: 'csv', content: csv, mode: 'merge' });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toEqual({
      roundId: t.fixture.roundId,
      mode: 'merge',
      name: sampleCatalog.name,
      sample: true,
      imported: 2,
      added: 1,
      updated: 1,
      kept: sample.length - 1,
      removed: 0,
    });
    const full = (await t.as('reviewer', { method: 'GET', url: '/api/rounds/current' })).json().catalog.entries as { code: string }[];
    // Updated in place, the new one last, the others untouched.
    expect(full.map((e) => e.code)).toEqual([...sample.map((e) => e.code), 'BYT-HSSK']);
    expect(full.find((e) => e.code === 'BCĐ26-5G')).toMatchObject({
      name: 'Tỷ lệ dân số được phủ sóng 5G (chính thức)',
      unit: '% dân số',
      target2026: '75',
      target2030: '95',
      appliesTo: ['BO-YT'],
    });
    expect(full.find((e) => e.code === 'NQ57-KTS')).toEqual(sample.find((e) => e.code === 'NQ57-KTS'));
    // The new assignment is what agencies see: the province lost 5G, the ministry gained it and the new entry.
    expect(await codesFor('drafterA')).not.toContain('BCĐ26-5G');
    expect(await codesFor('drafterB')).toEqual(expect.arrayContaining(['BCĐ26-5G', 'BYT-HSSK']));
    expect((await lastAudit(t.app.db, 'catalog.imported'))!.details).toMatchObject({ mode: 'merge', added: 1, updated: 1, kept: sample.length - 1 });

    const replaced = await importCatalog({ format: 'csv', content: csv, name: 'Danh mục chính thức' });
    expect(replaced.json()).toEqual({
      roundId: t.fixture.roundId,
      mode: 'replace',
      name: 'Danh mục chính thức',
      sample: false,
      imported: 2,
      added: 2,
      updated: 0,
      kept: 0,
      removed: sample.length + 1,
    });
    expect(await codesFor('drafterB')).toEqual(['BCĐ26-5G', 'BYT-HSSK']);
    expect(await codesFor('drafterA')).toEqual([]);

    // Merging an official file into an official catalogue keeps its name when none is given.
    const again = await importCatalog({
      format: 'json',
      content: JSON.stringify([{ code: 'CHUNG-1', name: 'Chỉ tiêu chung', unit: '%', appliesTo: 'all' }]),
      mode: 'merge',
    });
    expect(again.json()).toMatchObject({ name: 'Danh mục chính thức', sample: false, added: 1, updated: 0, kept: 2 });
    expect(await codesFor('drafterA')).toEqual(['CHUNG-1']);
  });

  it('a merge with a bad line or an unknown agency code stores nothing and says why per line', async () => {
    const before = await stored(t.app.db);
    const bad = await importCatalog({ format: 'csv', mode: 'merge', content: 'code,name,unit,appliesTo\nCHUNG-1,Đổi tên,%,all\n,Thiếu mã,%,all' });
    expect(bad.json()).toMatchObject({ statusCode: 422, code: 'CATALOG_INVALID', message: 'Danh mục chỉ tiêu có lỗi; chưa nhập dòng nào.' });
    expect(bad.json().problems).toEqual([expect.objectContaining({ line: 3 })]);
    const unknown = await importCatalog({
      format: 'json',
      mode: 'merge',
      content: JSON.stringify([
        { code: 'CHUNG-1', name: 'Đổi', unit: '%', appliesTo: 'all' },
        { code: 'Z', name: 'Z', unit: '%', appliesTo: ['99'] },
      ]),
    });
    expect(unknown.json().problems).toEqual([{ line: 2, message: expect.stringContaining('không có cơ quan mang mã 99') }]);
    expect((await importCatalog({ format: 'csv', mode: 'upsert', content: 'code' })).json().code).toBe('VALIDATION_FAILED');
    expect(await stored(t.app.db)).toEqual(before);
  });
});
