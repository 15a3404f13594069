import { describe, expect, it } from 'vitest';
import { buildCleanPlanModel, buildHandTypedPlanModel, IdGen, para, table, tinyTemplate } from './testing/index.js';
import type { CleanPlanOptions } from './testing/index.js';
import { blockControls } from '@cds/model';
import type { DocumentModel, Table } from '@cds/model';
import { getTemplate } from '@cds/template';
import { extract } from './extract.js';
import { recognize } from './recognize.js';
import { PlanDataSchema } from './schema.js';
import type { PlanData } from './schema.js';
import { sampleCatalog } from './catalog-sample.js';
import { IGNORES_SETTING_KEY, serializeIgnores } from './ignores.js';

const t = getTemplate();
const run = (doc: DocumentModel, catalog = sampleCatalog.entries): PlanData => PlanDataSchema.parse(extract(doc, recognize(doc, t), t, { catalog }));
const planOf = (o: CleanPlanOptions = {}) => run(buildCleanPlanModel(o));

/** PlanData without block ids, to compare two readings of the same content. */
function withoutIds(d: PlanData): unknown {
  return JSON.parse(JSON.stringify(d, (k, v) => (k === 'blockId' || k === 'blocks' ? undefined : v)));
}

describe('extract', () => {
  it('reads the sections, their own text and a)/b) items of a clean plan', () => {
    const d = planOf();
    expect(d.templateVersion).toBe('mst-2026');
    expect(d.sections.map((s) => s.id)).toEqual(t.sections.map((s) => s.id));
    const area = d.sections.find((s) => s.id === 'P1.II.3')!;
    expect(area.items!.results).toMatch(/^Năm 2025, tỉnh Cao Bằng đã ban hành \d+ văn bản chỉ đạo về hạ tầng số/);
    expect(area.items!.shortcomings).toMatch(/^Một số nội dung về hạ tầng số/);
    expect(d.sections.find((s) => s.id === 'P2.I')!.text).toMatch(/Nghị quyết số 71\/NQ-CP ngày 01\/4\/2025/);
    expect(d.sections.find((s) => s.id === 'P2.III')!.items).toBeUndefined();
  });

  it('tells an empty item ("") from a missing one (null)', () => {
    const d = planOf({
      mutations: [
        { kind: 'emptyItem', section: 'P1.II.5', part: 'results' },
        { kind: 'dropItem', section: 'P1.II.6', part: 'shortcomings' },
      ],
    });
    expect(d.sections.find((s) => s.id === 'P1.II.5')!.items!.results).toBe('');
    expect(d.sections.find((s) => s.id === 'P1.II.6')!.items).toMatchObject({ shortcomings: null });
    expect(d.sections.find((s) => s.id === 'P1.II.6')!.items!.results).toMatch(/\S/);
  });

  it('says where each a)/b) item is: label and content blocks, or the item control when structured', () => {
    const doc = buildCleanPlanModel();
    const where = run(doc).sections.find((s) => s.id === 'P1.II.3')!.items!.blocks!;
    const label = doc.body.find((b) => b.id === where.results!.labelBlockId);
    expect(label?.kind === 'paragraph' && label.inlines.map((i) => (i.kind === 'run' ? i.text : '')).join('')).toMatch(/^a\) Kết quả đạt được/);
    expect(where.results).toMatchObject({ blockId: where.results!.labelBlockId, controlId: null });
    expect(where.results!.contentBlockIds.length).toBeGreaterThan(0);
    expect(where.shortcomings!.contentBlockIds).not.toContain(where.results!.contentBlockIds[0]);
    const structured = buildCleanPlanModel({ form: 'structured' });
    const sw = run(structured).sections.find((s) => s.id === 'P1.II.3')!.items!.blocks!;
    const controls = [...blockControls(structured.body)];
    const control = controls.find((c) => c.cc.tag === 'cds:item:P1.II.3:shortcomings')!;
    expect(sw.shortcomings).toMatchObject({ blockId: control.id, controlId: control.id, labelBlockId: control.children[0]!.id });
    expect(sw.shortcomings!.contentBlockIds).toEqual(control.children.slice(1).map((c) => c.id));
  });

  it('reads indicators with parsed targets, linked to the catalogue', () => {
    const d = planOf({
      size: { indicators: 30 },
      mutations: [
        { kind: 'unquantifiedTarget', row: 2 },
        { kind: 'setCell', table: 'indicators', row: 3, column: 'target2026', text: '≥ 1.234,5' },
      ],
    });
    expect(d.indicators).toHaveLength(30);
    const first = d.indicators[0]!;
    expect(first).toMatchObject({ code: 'NQ57-KTS', unit: '%', target2030: '≥ 30', target2030Value: 30, target2026Value: 24 });
    expect(d.indicators[2]).toMatchObject({ target2026: 'nâng cao', target2026Value: null });
    expect(d.indicators[3]!.target2026Value).toBe(1234.5);
    expect(d.indicators[29]).toMatchObject({ code: null, name: expect.stringMatching(/^Chỉ tiêu thành phần 30/) });
    for (const i of d.indicators)
      for (const k of ['name', 'unit', 'method', 'measurement', 'lead', 'deadline', 'resources'] as const) expect(i[k]).not.toBe('');
  });

  it('reads tasks with the section they sit under and amounts in VND from the header unit', () => {
    const d = planOf({ size: { taskRows: 5, areaTaskRows: 2 } });
    expect(d.tasks.filter((x) => x.section === 'P2.VI')).toHaveLength(5);
    expect(d.tasks.filter((x) => x.section === 'P2.III.3')).toHaveLength(2);
    expect(d.tasks.find((x) => x.section === 'P2.VI')).toMatchObject({ amount: '1.250', amountVnd: 1_250_000_000 });
    expect(d.projects2025[0]).toMatchObject({ totalInvestment: '15.000', totalInvestmentVnd: 15_000_000_000, duration: '2024-2025' });
  });

  it('reads the agency from the header: provinces, ministries, two-line and unlisted names', () => {
    expect(planOf().agency).toEqual({ name: 'Tỉnh Cao Bằng', kind: 'province' });
    expect(planOf({ agencyKind: 'central', agency: 'NHNN' }).agency).toEqual({ name: 'Ngân hàng Nhà nước Việt Nam', kind: 'central' });
    const g = new IdGen();
    const twoLines: DocumentModel = {
      body: [para(g.next(), 'UỶ BAN NHÂN DÂN'), para(g.next(), 'THÀNH PHỐ HUẾ'), para(g.next(), 'Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025')],
      sections: [],
      defaults: {},
    };
    expect(run(twoLines).agency).toEqual({ name: 'Thành phố Huế', kind: 'province' });
    const unlisted: DocumentModel = { body: [], sections: [], defaults: {}, headerText: ['BỘ KẾ HOẠCH VÀ ĐẦU TƯ'] };
    expect(run(unlisted).agency).toEqual({ name: 'BỘ KẾ HOẠCH VÀ ĐẦU TƯ', kind: 'central' });
    expect(run({ ...unlisted, headerText: ['UBND TP. HUẾ'] }).agency).toEqual({ name: 'Thành phố Huế', kind: 'province' });
    expect(run({ body: [], sections: [], defaults: {} }).agency).toEqual({ name: null, kind: null });
  });

  it('gives the same data for the structured and the plain form, and for NFD or automatic numbering', () => {
    const base: CleanPlanOptions = { size: { indicators: 22, taskRows: 7, areaTaskRows: 1 } };
    const plain = withoutIds(planOf(base));
    expect(withoutIds(planOf({ ...base, form: 'structured' }))).toEqual(plain);
    expect(withoutIds(planOf({ ...base, numbering: 'automatic' }))).toEqual(plain);
    expect(withoutIds(planOf({ ...base, nfd: true }))).toEqual(plain);
  });

  it('keeps a structured item\'s content when its "a)" line was deleted', () => {
    const doc = buildCleanPlanModel({ form: 'structured' });
    const strip = (blocks: DocumentModel['body']): DocumentModel['body'] =>
      blocks.map((b) =>
        b.kind !== 'blockControl' ? b : { ...b, children: b.cc.tag === 'cds:item:P1.II.3:results' ? b.children.slice(1) : strip(b.children) },
      );
    doc.body = strip(doc.body);
    const items = run(doc).sections.find((s) => s.id === 'P1.II.3')!.items!;
    expect(items.results).toMatch(/^Năm 2025, tỉnh Cao Bằng đã ban hành/);
    expect(items.shortcomings).toMatch(/^Một số nội dung về hạ tầng số/);
  });

  it('reads a task table split in two (the second part without a header) as one', () => {
    const doc = buildCleanPlanModel({ size: { taskRows: 6 } });
    const at = doc.body.findIndex((b) => b.kind === 'table' && b.rows.length === 7 && b.rows[0]!.cells.length === 8);
    const whole = doc.body[at] as Table;
    doc.body.splice(at, 1, { ...whole, rows: whole.rows.slice(0, 4) }, para('gap', ''), { ...whole, id: 'part2', rows: whole.rows.slice(4) });
    const tasks = run(doc).tasks.filter((x) => x.section === 'P2.VI');
    expect(tasks.map((x) => x.name)).toEqual(planOf({ size: { taskRows: 6 } }).tasks.map((x) => x.name));
  });

  it('links indicator rows without a code to the catalogue by name', () => {
    const d = planOf({ mutations: [{ kind: 'setCell', table: 'indicators', row: 1, column: 'code', text: '' }] });
    expect(d.indicators[1]!.code).toBe('NQ03-11.1');
    const doc = buildCleanPlanModel({ mutations: [{ kind: 'setCell', table: 'indicators', row: 1, column: 'code', text: '' }] });
    expect(extract(doc, recognize(doc, t), t).indicators[1]!.code).toBeNull();
  });

  it('ignores an indicator-shaped table in Phần I (2025 results), keeping the P2.II.2 ones', () => {
    const doc = buildCleanPlanModel();
    const ind = doc.body.find((b) => b.kind === 'table' && b.rows[0]!.cells.length === 11)!;
    const p1i = doc.body.findIndex((b) => b.kind === 'paragraph' && (b.inlines[0] as { text: string }).text.startsWith('I. TÌNH HÌNH'));
    doc.body.splice(p1i + 1, 0, { ...structuredClone(ind), id: 'copy' });
    expect(run(doc).indicators).toHaveLength(planOf().indicators.length);
  });

  it('extracts with another template version', () => {
    const g = new IdGen();
    const bold = { props: { runDefaults: { bold: true } } };
    const doc: DocumentModel = {
      body: [
        para(g.next(), 'Phần I. KẾT QUẢ NĂM 2026', bold),
        para(g.next(), 'I. KẾT QUẢ CHUNG', bold),
        para(g.next(), 'a) Kết quả đạt được: Tốt.'),
        para(g.next(), 'b) Tồn tại, hạn chế: Không.'),
        para(g.next(), 'Phần II. KẾ HOẠCH NĂM 2027', bold),
        para(g.next(), 'II. NHIỆM VỤ', bold),
        table(g.next(), [
          { cells: ['STT', 'Tên nhiệm vụ', 'Kết quả dự kiến', 'Hiệu quả', 'Thời hạn', 'Đơn vị thực hiện', 'Nguồn kinh phí', 'Kinh phí (triệu đồng)'] },
          { cells: ['1', 'A', 'B', 'C', 'Quý IV/2027', 'D', 'NSNN', '2,5'] },
        ]),
      ],
      sections: [],
      defaults: {},
    };
    const d = PlanDataSchema.parse(extract(doc, recognize(doc, tinyTemplate), tinyTemplate));
    expect(d.templateVersion).toBe('test-2027');
    expect(d.sections.find((s) => s.id === 'P1.I')!.items).toMatchObject({ results: 'Tốt.', shortcomings: 'Không.' });
    expect(d.tasks).toMatchObject([{ section: 'P2.II', amountVnd: 2_500_000 }]);
  });

  it('handles merged cells, group rows and sub-indicator STT numbering', () => {
    const g = new IdGen();
    const head = [
      'STT',
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu năm 2026',
      'Phương pháp tính',
      'Đo lường, đánh giá',
      'Cơ quan chủ trì',
      'Thời hạn hoàn thành',
      'Nguồn lực thực hiện',
    ];
    const doc: DocumentModel = {
      body: [
        para(g.next(), 'Phần II. NỘI DUNG KẾ HOẠCH NĂM 2026', { props: { runDefaults: { bold: true } } }),
        para(g.next(), '2. Mục tiêu, chỉ tiêu cụ thể', { props: { runDefaults: { bold: true } } }),
        table(g.next(), [
          { cells: head, isHeader: true },
          { cells: [{ text: 'I. CHỈ TIÊU VỀ CHÍNH PHỦ SỐ', gridSpan: 10 }] },
          {
            cells: [
              '1',
              'NQ03-11.1',
              'Tỉ lệ sử dụng dịch vụ công trực tuyến',
              '%',
              '85%',
              'a',
              'b',
              { text: 'Sở Khoa học và Công nghệ', vMerge: 'restart' },
              'Quý IV/2026',
              'NSNN',
            ],
          },
          { cells: ['1.1', '', 'Tỉ lệ DVC trực tuyến cấp xã', '%', '80', 'a', 'b', { text: '', vMerge: 'continue' }, '31/12/2026', 'NSNN'] },
          { cells: ['', '', '', '', '', '', '', '', '', ''] },
        ]),
      ],
      sections: [],
      defaults: {},
    };
    const d = run(doc);
    expect(d.indicators.map((i) => [i.code, i.parentCode, i.lead, i.target2026Value])).toEqual([
      ['NQ03-11.1', null, 'Sở Khoa học và Công nghệ', 85],
      [null, 'NQ03-11.1', 'Sở Khoa học và Công nghệ', 80],
    ]);
  });

  it('scales bare amounts by the unit of a merged header or of the caption above the table', () => {
    const g = new IdGen();
    const cont = { text: '', vMerge: 'continue' as const };
    const bold = { props: { runDefaults: { bold: true } } };
    const doc: DocumentModel = {
      body: [
        para(g.next(), 'Phần II. NỘI DUNG KẾ HOẠCH NĂM 2026', bold),
        para(g.next(), 'VI. DANH MỤC NHIỆM VỤ, DỰ ÁN', bold),
        table(g.next(), [
          { cells: ['TT', 'Tên nhiệm vụ', 'Kết quả dự kiến', 'Hiệu quả', 'Thời gian thực hiện', 'Đơn vị chủ trì', { text: 'Kinh phí', gridSpan: 2 }] },
          { cells: [cont, cont, cont, cont, cont, cont, 'Dự kiến (triệu đồng)', 'Nguồn kinh phí'] },
          { cells: ['1', 'A', 'B', 'C', 'Quý IV/2026', 'D', '2.500', 'Ngân sách tỉnh'] },
        ]),
        para(g.next(), 'Đơn vị tính: triệu đồng'),
        table(g.next(), [
          { cells: ['TT', 'Tên nhiệm vụ', 'Kết quả dự kiến', 'Hiệu quả', 'Thời hạn', 'Đơn vị thực hiện', 'Nguồn kinh phí', 'Kinh phí'] },
          { cells: ['1', 'E', 'F', 'G', 'Năm 2026', 'H', 'NSNN', '1.200'] },
        ]),
      ],
      sections: [],
      defaults: {},
    };
    const d = run(doc);
    expect(d.tasks.map((x) => [x.name, x.deadline, x.fundingSource, x.amountVnd])).toEqual([
      ['A', 'Quý IV/2026', 'Ngân sách tỉnh', 2_500_000_000],
      ['E', 'Năm 2026', 'NSNN', 1_200_000_000],
    ]);
    expect(d.tables!.map((x) => [x.kind, x.headerRows, x.unit])).toEqual([
      ['tasks', 2, null],
      ['tasks', 1, 'triệu đồng'],
    ]);
  });

  it('reads the ignores saved in the document settings, dropping malformed entries', () => {
    const doc = buildCleanPlanModel();
    const good = { rule: 'indicator-target-quantified', section: 'P2.II.2', blockId: 'b1.r2', reason: 'Chỉ tiêu định tính theo hướng dẫn của Bộ' };
    doc.settings = { [IGNORES_SETTING_KEY]: `[${serializeIgnores([good]).slice(1, -1)},{"rule":"x"}]` };
    expect(run(doc).ignores).toEqual([good]);
    doc.settings = { [IGNORES_SETTING_KEY]: 'not json' };
    expect(run(doc).ignores).toEqual([]);
  });

  // The budget is generous because test machines are shared; unloaded it takes ~50 ms.
  it('extracts a 150-page plan within three seconds', () => {
    const doc = buildCleanPlanModel({ size: { extraParagraphs: 65, indicators: 200, taskRows: 500 } });
    run(doc);
    const t0 = performance.now();
    const d = run(doc);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(d.indicators).toHaveLength(200);
    expect(d.tasks).toHaveLength(500);
  });
});

describe('extract (a hand-typed plan)', () => {
  it('reads the same sections, indicators and tasks as from the clean plan it was typed from', () => {
    const typed = run(buildHandTypedPlanModel());
    const clean = planOf();
    expect(typed.agency).toEqual(clean.agency);
    expect(typed.sections.map((s) => s.id)).toEqual(clean.sections.map((s) => s.id));
    const texts = (x: PlanData) => x.sections.map((s) => s.items && { results: s.items.results, shortcomings: s.items.shortcomings });
    expect(texts(typed)).toEqual(texts(clean));
    expect(typed.indicators.map((i) => ({ ...i, blockId: '' }))).toEqual(clean.indicators.map((i) => ({ ...i, blockId: '' })));
    expect(typed.tasks.map((x) => x.amountVnd)).toEqual(clean.tasks.map((x) => x.amountVnd));
    expect(typed.tasks[0]!.amount).toBe('1,25 tỷ đồng');
  });
});
