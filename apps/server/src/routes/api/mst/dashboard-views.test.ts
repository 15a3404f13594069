import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { readDocx, docxText } from '@cds/docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocx, type PlanDocx } from '../../../test/docx.js';
import { build, type TestApp } from '../../../test/helper.js';
import { review, submitDocx, syncDraft } from '../../../test/dashboard-seed.js';

describe('MST dashboard views: compare, indicators across agencies, exports', () => {
  let t: TestApp;
  let doc: PlanDocx;
  let planA: number;
  let submissionA: number;
  const code = 'NQ03-11.2';
  beforeAll(async () => {
    t = await build();
    doc = planDocx();
    planA = await syncDraft(t, 'drafterA', doc, 40);
    submissionA = await submitDocx(t, 'submitterA', doc);
    const changed = structuredClone(doc.plan);
    changed.agency = { name: 'Bộ Y tế', kind: 'central' };
    const ind = changed.indicators.find((i) => i.code === code) ?? changed.indicators[0]!;
    ind.code = code;
    ind.unit = 'hồ sơ';
    ind.target2026 = '10%';
    ind.target2026Value = 10;
    await syncDraft(t, 'drafterB', { plan: changed }, 20);
  });
  afterAll(() => t.close());

  it('compares a revision with a submission section by section', async () => {
    const res = await t.as('reviewer', { method: 'GET', url: `/api/mst/plans/${planA}/compare?from=r1&to=s${submissionA}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.from).toMatchObject({ ref: 'r1', label: 'Bản đồng bộ số 1' });
    expect(body.to.label).toMatch(/^Bản gửi BKHCN-/);
    // The same document synced and submitted: nothing changed.
    expect(body).toMatchObject({ sections: [], indicators: [], tasks: [] });
    expect((await t.as('reviewer', { method: 'GET', url: `/api/mst/plans/${planA}/compare?from=r1&to=r9` })).statusCode).toBe(404);
    expect((await t.as('reviewer', { method: 'GET', url: `/api/mst/plans/${planA}/compare?from=x&to=r1` })).statusCode).toBe(400);
  });

  it('lists the catalogue with coverage and outliers, and one indicator across agencies', async () => {
    const list = (await t.as('reviewer', { method: 'GET', url: '/api/mst/indicator-list?pageSize=100' })).json();
    const item = list.items.find((i: { entry: { code: string } }) => i.entry.code === code);
    expect(item).toBeDefined();
    expect(item.assigned).toBeGreaterThanOrEqual(1);
    expect(list.total).toBe(list.items.length);

    const res = await t.as('reviewer', { method: 'GET', url: `/api/mst/indicator-list/${code}` });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    const byt = d.values.find((v: { agency: { code: string } }) => v.agency.code === 'BO-YT');
    expect(byt).toMatchObject({ unit: 'hồ sơ', target2026Value: 10, source: 'draft' });
    expect(byt.outliers).toContain('unit_mismatch');
    if (d.national.target2026 !== null && d.national.target2026 > 10) expect(byt.outliers).toContain('below_national');
    expect(d.distribution.map((x: { code: string }) => x.code)).toContain('BO-YT');
    expect(d.coverage.planned + d.coverage.missing.length).toBe(d.coverage.assigned);
    expect((await t.as('reviewer', { method: 'GET', url: '/api/mst/indicator-list/KHONG-CO' })).statusCode).toBe(404);
  });

  it('exports one workbook with a sheet per view, numbers as numbers, frozen filtered headers', async () => {
    const res = await t.as('reviewer', { method: 'GET', url: '/api/mst/export/workbook.xlsx' });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tình trạng', 'Chỉ tiêu', 'Nhiệm vụ']);
    const board = wb.getWorksheet('Tình trạng')!;
    expect(board.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(board.autoFilter).toBeTruthy();
    const rows = board.getSheetValues().slice(2) as unknown[][];
    const hn = rows.find((r) => r[1] === '01')!;
    expect(hn[4]).toBe('Đã gửi');
    expect(typeof hn[5]).toBe('number');
    const indicators = wb.getWorksheet('Chỉ tiêu')!;
    expect(indicators.rowCount - 1).toBe(doc.plan.indicators.length * 2);
  });

  it("zips the round's submitted files, byte for byte", async () => {
    const res = await t.as('reviewer', { method: 'GET', url: '/api/mst/export/submissions.zip' });
    expect(res.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files)).toEqual(['01 - Kế hoạch CĐS 2026.docx']);
    expect(Buffer.from(files['01 - Kế hoạch CĐS 2026.docx']!).equals(Buffer.from(doc.bytes))).toBe(true);
  });

  it('writes the overall plan with every agency named on its rows', async () => {
    const res = await t.as('reviewer', { method: 'GET', url: '/api/mst/export/overall-plan.docx' });
    expect(res.statusCode).toBe(200);
    const text = docxText(readDocx(new Uint8Array(res.rawPayload)));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('I. CHỈ TIÊU CHUYỂN ĐỔI SỐ');
    expect(text).toContain('Thành phố Hà Nội');
    expect(text).toContain('Bộ Y tế');
  });

  it('returns a plan with comments that reach the agency', async () => {
    await review(t, planA, 'return', [{ section: 'P2.III.6', comment: 'Bổ sung chỉ tiêu an toàn thông tin' }]);
    const mine = (await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' })).json();
    expect(mine.plan.status).toBe('returned');
    expect(mine.lastReview.comments).toEqual([{ section: 'P2.III.6', comment: 'Bổ sung chỉ tiêu an toàn thông tin' }]);
    const totals = (await t.as('reviewer', { method: 'GET', url: '/api/mst/board/totals' })).json();
    expect(totals).toMatchObject({ submitted: 1, byStatus: { returned: 1 } });
  });

  it('is for MST only', async () => {
    for (const url of ['/api/mst/export/workbook.xlsx', '/api/mst/export/submissions.zip', '/api/mst/export/overall-plan.docx', '/api/mst/indicator-list'])
      expect((await t.as('drafterA', { method: 'GET', url })).statusCode).toBe(403);
  });
});
