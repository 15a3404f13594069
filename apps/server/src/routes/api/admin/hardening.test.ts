import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type TestApp } from '../../../test/helper.js';
import { snapshot } from '../../../test/snapshot.js';

/** Issue 9, admin side: refusals with their line or field, in Vietnamese, nothing stored. */
describe('admin hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
    await t.token('admin');
  });
  afterAll(() => t.close());
  const post = (url: string, payload: object) => t.as('admin', { method: 'POST', url, payload });
  const importCsv = (content: string, mode = 'replace') => post('/api/admin/catalog/import', { roundId: t.fixture.roundId, format: 'csv', content, mode });

  it('agency codes are unique whatever their case: "bo-yt" beside "BO-YT" is 409 AGENCY_CODE_TAKEN, created or renamed', async () => {
    const before = await snapshot(t.app.db);
    const created = await post('/api/admin/agencies', { code: 'bo-yt', name: 'Bộ Y tế (trùng)', kind: 'central' });
    expect(created.statusCode).toBe(409);
    expect(created.json()).toMatchObject({ code: 'AGENCY_CODE_TAKEN', message: 'Mã cơ quan đã tồn tại.' });
    const renamed = await t.as('admin', { method: 'PATCH', url: `/api/admin/agencies/${t.fixture.agencyA}`, payload: { code: 'Bo-Yt' } });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().code).toBe('AGENCY_CODE_TAKEN');
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('the database holds it too: a direct insert of another case of a code hits the unique index', async () => {
    const { agencies } = await import('../../../db/schema/index.js');
    const { isCodeConflict } = await import('../../../repositories/agencies.js');
    const e = await t.app.db
      .insert(agencies)
      .values({ code: 'bO-yT', name: 'X', kind: 'central' })
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(isCodeConflict(e)).toBe(true);
  });

  it('a catalogue with requires2030=maybe or direction=sideways is refused with its lines, nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const res = await importCsv('code,name,unit,appliesTo,requires2030,direction\nA,Chỉ tiêu A,%,all,maybe,up\nB,Chỉ tiêu B,%,all,x,sideways');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'CATALOG_INVALID',
      problems: [
        { line: 2, message: expect.stringContaining('"maybe"') },
        { line: 3, message: expect.stringContaining('"sideways"') },
      ],
    });
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('an unknown agency code is reported on the line it is written on', async () => {
    const before = await snapshot(t.app.db);
    const res = await importCsv('code,name,unit,appliesTo\nA,Chỉ tiêu A,%,all\n\nB,Chỉ tiêu B,%,99');
    expect(res.statusCode).toBe(422);
    expect(res.json().problems).toEqual([{ line: 4, message: 'Chỉ tiêu B: không có cơ quan mang mã 99.' }]);
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('an unterminated quote is said in Vietnamese with its line', async () => {
    const res = await importCsv('code,name,unit,appliesTo\nA,"Chỉ tiêu A,%,all\nB,Chỉ tiêu B,%,all');
    expect(res.statusCode).toBe(422);
    expect(res.json().problems).toEqual([{ line: 2, message: expect.stringMatching(/^Dòng 2: dấu ngoặc kép/) }]);
  });

  it('a header-only file in replace mode is refused (it would empty the catalogue), nothing stored; merge accepts it', async () => {
    const before = await snapshot(t.app.db);
    const res = await importCsv('code,name,unit,appliesTo\n');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'CATALOG_INVALID', problems: [{ line: 0, message: expect.stringContaining('chỉ có dòng tiêu đề') }] });
    const json = await post('/api/admin/catalog/import', { roundId: t.fixture.roundId, format: 'json', content: '[]' });
    expect(json.statusCode).toBe(422);
    expect(await snapshot(t.app.db)).toEqual(before);
    expect((await importCsv('code,name,unit,appliesTo\n', 'merge')).json()).toMatchObject({ imported: 0, added: 0 });
  });

  it('a round keeps the plan year it was created with (the deadline’s year in Việt Nam); an explicit year is kept', async () => {
    const base = { name: 'Đợt 2027', templateVersion: 'mst-2026', opensAt: '2026-12-01T00:00:00+07:00' };
    // 31/12/2026 20:00 UTC is already 1/1/2027 in Việt Nam.
    const r = await post('/api/admin/rounds', { ...base, deadline: '2026-12-31T20:00:00Z' });
    expect(r.json()).toMatchObject({ year: 2027 });
    const explicit = await post('/api/admin/rounds', { ...base, name: 'Đợt bổ sung 2026', deadline: '2027-01-15T00:00:00+07:00', year: 2026 });
    expect(explicit.json()).toMatchObject({ year: 2026 });
    const extended = await t.as('admin', {
      method: 'PATCH',
      url: `/api/admin/rounds/${explicit.json().id}`,
      payload: { deadline: '2027-02-15T00:00:00+07:00' },
    });
    expect(extended.json()).toMatchObject({ year: 2026 });
  });
});
