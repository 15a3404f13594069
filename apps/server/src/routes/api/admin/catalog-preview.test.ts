import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../../../test/counts.js';
import { build, type TestApp } from '../../../test/helper.js';

const HEADER = 'Mã chỉ tiêu;Chỉ tiêu;Đơn vị tính;Áp dụng;Mục tiêu 2026';

describe('POST /api/admin/catalog/preview', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());
  const preview = (body: Record<string, unknown>) =>
    t.as('admin', { method: 'POST', url: '/api/admin/catalog/preview', payload: { roundId: t.fixture.roundId, ...body } });

  it('names each bad row with its line and saves nothing', async () => {
    const before = await rowCounts(t.database.db);
    const csv = `${HEADER}\nA-1;Tỉ lệ;%;tỉnh;90\nA-2;;%;tỉnh;80\nA-3;Tỉ lệ khác;%;huyện;70\nA-1;Trùng;%;tỉnh;1\n`;
    const res = await preview({ format: 'csv', content: csv });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ ok: false, entries: [], importContent: '' });
    expect([...new Set(body.problems.map((p: { line: number }) => p.line))]).toEqual([3, 4, 5]);
    expect(await rowCounts(t.database.db)).toEqual(before);
  });

  it('reads an Excel workbook, says what saving would change, and gives the import its content', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh mục');
    ws.addRow(HEADER.split(';'));
    ws.addRow(['NQ03-11.1', 'Tỉ lệ sử dụng dịch vụ công trực tuyến', '%', 'tất cả', 85]);
    ws.addRow(['MOI-01', 'Chỉ tiêu mới', 'hệ thống', '01; BO-YT', '']);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const res = await preview({ format: 'xlsx', content, mode: 'merge' });
    const body = res.json();
    expect(body).toMatchObject({ ok: true, problems: [], changes: { added: 1, updated: 1, removed: 0 } });
    expect(body.entries.map((e: { code: string }) => e.code)).toEqual(['NQ03-11.1', 'MOI-01']);
    expect(body.entries[1].appliesTo).toEqual(['01', 'BO-YT']);
    const saved = await t.as('admin', {
      method: 'POST',
      url: '/api/admin/catalog/import',
      payload: { roundId: t.fixture.roundId, format: 'json', content: body.importContent, mode: 'merge' },
    });
    expect(saved.json()).toMatchObject({ imported: 2, added: 1, updated: 1 });
  });

  it('refuses unknown agency codes and a file that is not a workbook, and is for admins only', async () => {
    const unknown = (await preview({ format: 'csv', content: `${HEADER}\nX-1;Tên;%;99;1\n` })).json();
    expect(unknown.ok).toBe(false);
    expect(unknown.problems[0].message).toContain('99');
    const notXlsx = (await preview({ format: 'xlsx', content: Buffer.from('not a zip').toString('base64') })).json();
    expect(notXlsx).toMatchObject({ ok: false, problems: [{ line: 0 }] });
    expect(
      (await t.as('reviewer', { method: 'POST', url: '/api/admin/catalog/preview', payload: { roundId: t.fixture.roundId, format: 'csv', content: 'x' } }))
        .statusCode,
    ).toBe(403);
    expect((await preview({ roundId: 999, format: 'csv', content: 'x' })).statusCode).toBe(404);
  });
});
