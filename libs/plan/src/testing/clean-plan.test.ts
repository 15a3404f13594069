import { describe, expect, it } from 'vitest';
import { blockControls, displayText, paragraphs, tables } from '@cds/model';
import type { DocumentModel, Table } from '@cds/model';
import { getTemplate, headingOf, parseTag } from '@cds/template';
import { buildCleanPlanModel } from './clean-plan.js';
import { LARGE_PLAN_SIZE } from './build-spec.js';
import { ND30_PAGE } from '@cds/template';
import { tinyTemplate } from '@cds/template/testing';

const t = getTemplate();
const bodyLines = (doc: DocumentModel): string[] => [...paragraphs(doc.body)].filter((c) => !c.table).map((c) => displayText(c.paragraph).replace('\t', ' '));
const tableWith = (doc: DocumentModel, label: string): Table =>
  [...tables(doc.body)].find((x) => x.rows[0]!.cells.some((c) => displayText(c.blocks[0] as never) === label))!;

describe('buildCleanPlanModel', () => {
  it('prints every template heading, in template order, after the agency preamble', () => {
    const lines = bodyLines(buildCleanPlanModel());
    expect(lines[0]).toBe('ỦY BAN NHÂN DÂN TỈNH CAO BẰNG');
    // Titles repeat across Phần ("3. Hạ tầng số"), so look for each after the previous one.
    let at = 0;
    for (const s of t.sections) {
      at = lines.indexOf(headingOf(s), at);
      expect(at, s.id).toBeGreaterThan(0);
    }
    const headings = new Set(t.sections.map(headingOf));
    expect(lines.filter((l) => headings.has(l))).toHaveLength(t.sections.length);
  });

  it('cites 57-NQ/TW and 71/NQ-CP with their dates in P2.I, and never leaves MST guidance in', () => {
    const lines = bodyLines(buildCleanPlanModel());
    expect(lines).toContain('- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;');
    expect(lines).toContain('- Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;');
    const guidance = t.sections.flatMap((s) => s.guidance ?? []);
    expect(lines.filter((l) => guidance.includes(l))).toEqual([]);
  });

  it('fills every indicator and task cell, with the header row first', () => {
    const doc = buildCleanPlanModel({ size: { indicators: 25, taskRows: 12 } });
    const ind = tableWith(doc, 'Tên chỉ tiêu');
    expect(ind.rows).toHaveLength(26);
    expect(ind.rows[0]!.isHeader).toBe(true);
    const empty = (tb: Table, skip: number[]) =>
      tb.rows.slice(1).flatMap((r) => r.cells.filter((c, j) => !skip.includes(j) && !displayText(c.blocks[0] as never).trim()));
    // The code column is empty only for component indicators past the catalogue.
    expect(empty(ind, [1])).toEqual([]);
    const tasks = tableWith(doc, 'Tên nhiệm vụ, dự án');
    expect(tasks.rows).toHaveLength(13);
    expect(empty(tasks, [])).toEqual([]);
  });

  it('reaches communes and wards for provinces, affiliated units for ministries, in P2.III.3', () => {
    expect(bodyLines(buildCleanPlanModel({ agencyKind: 'province' })).join('\n')).toMatch(/cấp xã, phường/);
    const central = buildCleanPlanModel({ agencyKind: 'central', agency: 'BO-YT' });
    expect(bodyLines(central).join('\n')).toMatch(/đơn vị trực thuộc Bộ/);
    expect(central.headerText).toEqual(['BỘ Y TẾ']);
  });

  it('is formatted per Nghị định 30: A4 portrait, margins 20/20/30/15, Times New Roman 14, justified body', () => {
    const doc = buildCleanPlanModel();
    expect(doc.sections).toEqual([ND30_PAGE]);
    const body = [...paragraphs(doc.body)]
      .filter((c) => !c.table)
      .map((c) => c.paragraph)
      .at(-1)!;
    expect(body.props).toMatchObject({ alignment: 'justify', firstLineIndentCm: 1.27, spacingAfterPt: 6 });
    expect(body.inlines[0]).toMatchObject({ props: { font: 'Times New Roman', sizePt: 14 } });
  });

  it('wraps sections, items and rows in tagged controls in the structured form', () => {
    const doc = buildCleanPlanModel({ form: 'structured', size: { indicators: 20 } });
    const tags = [...blockControls(doc.body)].map((c) => parseTag(c.cc.tag));
    expect(tags.filter((x) => x?.kind === 'section').map((x) => x!.kind === 'section' && x.section)).toEqual(t.sections.map((s) => s.id));
    expect(tags.filter((x) => x?.kind === 'item')).toHaveLength(2 * t.sections.filter((s) => s.hasResultItems).length);
    const rowTags = [...tables(doc.body)].flatMap((tb) => tb.rows.map((r) => parseTag(r.cc?.tag)?.kind ?? null));
    expect(rowTags.filter((k) => k === 'indicator')).toHaveLength(20);
    expect(rowTags.filter((k) => k === 'task')).toHaveLength(6);
  });

  it('renders automatic numbering as a label beside the title text', () => {
    const doc = buildCleanPlanModel({ numbering: 'automatic' });
    const p = [...paragraphs(doc.body)].map((c) => c.paragraph).find((x) => x.numbering?.label === 'III.')!;
    expect(displayText(p)).toBe('III.\tNHIỆM VỤ');
  });

  it('builds a ~150-page plan: ~3,000 body paragraphs, 200 indicators, 500 task rows', () => {
    const doc = buildCleanPlanModel({ size: LARGE_PLAN_SIZE });
    const n = bodyLines(doc).length;
    expect(n).toBeGreaterThan(2800);
    expect(n).toBeLessThan(3400);
    expect(tableWith(doc, 'Tên chỉ tiêu').rows).toHaveLength(201);
    expect(tableWith(doc, 'Tên nhiệm vụ, dự án').rows).toHaveLength(501);
  });

  it('stores every text decomposed with the nfd option', () => {
    const lines = bodyLines(buildCleanPlanModel({ nfd: true }));
    expect(lines.some((l) => l !== l.normalize('NFC'))).toBe(true);
    expect(lines.every((l) => l === l.normalize('NFD'))).toBe(true);
  });
});

describe('buildCleanPlanModel with another template version', () => {
  it('builds every section of that template, with its tables', () => {
    const doc = buildCleanPlanModel({ template: tinyTemplate, size: { taskRows: 2 } });
    const lines = bodyLines(doc);
    for (const s of tinyTemplate.sections) expect(lines).toContain(headingOf(s));
    expect(tableWith(doc, 'Tên nhiệm vụ, dự án').rows).toHaveLength(3);
  });
});
