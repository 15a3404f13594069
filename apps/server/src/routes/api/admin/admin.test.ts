import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../../../test/counts.js';
import { build, login, type TestApp } from '../../../test/helper.js';

describe('admin routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  it('creates a round and lists it; 404 for an unknown round id', async () => {
    const res = await t.as('admin', {
      method: 'POST', url: '/api/admin/rounds',
      payload: { name: 'Kế hoạch CĐS 2027', templateVersion: 'mst-2026', opensAt: '2027-02-01T00:00:00+07:00', deadline: '2027-03-15T15:00:00+07:00', latePolicy: 'refuse' },
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
    const unknown = await t.as('admin', { method: 'POST', url: '/api/admin/rounds', payload: { ...base, deadline: '2027-04-01T00:00:00Z', templateVersion: 'mst-1999' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('mst-1999');
  });

  it('creates agencies (code unique) and users who can then log in', async () => {
    const agency = await t.as('admin', { method: 'POST', url: '/api/admin/agencies', payload: { code: '04', name: 'Tỉnh Cao Bằng', kind: 'province' } });
    expect(agency.statusCode).toBe(201);
    expect((await t.as('admin', { method: 'POST', url: '/api/admin/agencies', payload: { code: '04', name: 'Trùng', kind: 'province' } })).statusCode).toBe(409);
    const user = await t.as('admin', {
      method: 'POST', url: '/api/admin/users',
      payload: { email: 'CB@CaoBang.test.vn', name: 'Chuyên viên Cao Bằng', password: 'mat-khau-cao-bang', role: 'drafter', agencyId: agency.json().id },
    });
    expect(user.statusCode).toBe(201);
    expect(user.json()).toMatchObject({ email: 'cb@caobang.test.vn', agency: { code: '04' } });
    expect(await login(t.app, 'cb@caobang.test.vn', 'mat-khau-cao-bang')).toBeTruthy();
    expect((await t.as('admin', { method: 'GET', url: '/api/admin/users' })).json().some((u: { email: string }) => u.email === 'cb@caobang.test.vn')).toBe(true);
    expect((await t.as('admin', { method: 'GET', url: '/api/admin/agencies' })).json()).toHaveLength(3);
  });

  it('refuses agency staff without an agency, MST staff with one, and a taken e-mail', async () => {
    const base = { name: 'X', password: 'mat-khau-dai-du', agencyId: null };
    expect((await t.as('admin', { method: 'POST', url: '/api/admin/users', payload: { ...base, email: 'x1@test.vn', role: 'submitter' } })).json().code).toBe('AGENCY_REQUIRED');
    expect((await t.as('admin', { method: 'POST', url: '/api/admin/users', payload: { ...base, email: 'x2@test.vn', role: 'admin', agencyId: t.fixture.agencyA } })).json().code).toBe('MST_HAS_NO_AGENCY');
    expect((await t.as('admin', { method: 'POST', url: '/api/admin/users', payload: { ...base, email: 'admin@test.vn', role: 'admin' } })).statusCode).toBe(409);
  });

  it('imports a CSV catalogue, replacing the round\'s, and agencies then see their share', async () => {
    const csv = 'code,name,unit,appliesTo,target2030\nX-1,Chỉ tiêu chung,%,all,100\nX-2,Chỉ tiêu cho tỉnh,%,province,\nX-3,Chỉ tiêu riêng Bộ Y tế,%,BO-YT,';
    const res = await t.as('admin', { method: 'POST', url: '/api/admin/catalog/import', payload: { roundId: t.fixture.roundId, format: 'csv', content: csv, name: 'Danh mục chính thức' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ imported: 3, sample: false });
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
      method: 'POST', url: '/api/admin/catalog/import',
      payload: { roundId: t.fixture.roundId, format: 'json', content: JSON.stringify([{ code: 'Z', name: 'Z', unit: '%', appliesTo: ['99'] }]) },
    });
    expect(unknownAgency.json().problems[0].message).toContain('không có cơ quan mang mã 99');
    expect((await t.as('admin', { method: 'POST', url: '/api/admin/catalog/import', payload: { roundId: 999, format: 'json', content: '[]' } })).statusCode).toBe(404);
    expect(await rowCounts(t.app.db)).toEqual(before);
  });
});
