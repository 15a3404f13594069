import type { Block, DocumentModel, PageSetup, Paragraph, ParagraphProps, RunProps, Table } from '@cds/model';
import { writeDocx } from '@cds/docx';
import type { CatalogEntry, Indicator, Task } from '@cds/plan';
import { headingOf, sectionById, templates } from '@cds/template';
import type { LatestPlanRef, PlanItems } from '../repositories/latest-plan-items.js';
import { overallPlanMessages as m } from './overall-plan-messages.vi.js';

export const OVERALL_INDICATOR_FIELDS = ['code', 'name', 'unit', 'target2026', 'target2030', 'lead', 'deadline'] as const;
export const OVERALL_TASK_FIELDS = ['section', 'name', 'expectedResult', 'deadline', 'implementingUnit', 'amount'] as const;
type IndicatorRow = Pick<Indicator, (typeof OVERALL_INDICATOR_FIELDS)[number]>;
type TaskRow = Pick<Task, (typeof OVERALL_TASK_FIELDS)[number]>;

/** Nghị định 30/2020/NĐ-CP: Times New Roman 14 pt body, 13 pt in tables; A4, margins 20/20/30/15 mm; page number centred at the top from page 2. */
const FONT = 'Times New Roman';
const RUN: RunProps = { font: FONT, sizePt: 14, color: '000000' };
const BODY: ParagraphProps = {
  alignment: 'justify',
  firstLineIndentCm: 1.27,
  spacingBeforePt: 0,
  spacingAfterPt: 6,
  lineSpacing: { rule: 'auto', value: 1.15 },
  runDefaults: RUN,
};
const CENTER: ParagraphProps = { ...BODY, alignment: 'center', firstLineIndentCm: 0 };
const CELL_RUN: RunProps = { font: FONT, sizePt: 13, color: '000000' };
const CELL: ParagraphProps = {
  alignment: 'left',
  firstLineIndentCm: 0,
  spacingBeforePt: 0,
  spacingAfterPt: 3,
  lineSpacing: { rule: 'auto', value: 1 },
  runDefaults: CELL_RUN,
};
const HEADER_CELL: ParagraphProps = { ...CELL, alignment: 'center', runDefaults: { ...CELL_RUN, bold: true } };
const PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  orientation: 'portrait',
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15, headerMm: 10, footerMm: 10 },
  differentFirstPage: true,
  pageNumber: { in: 'header', alignment: 'center', onFirstPage: false },
};

class Builder {
  private n = 0;
  readonly body: Block[] = [];
  id = () => `b${this.n++}`;
  para(text: string, props: ParagraphProps = BODY, run: RunProps = props.runDefaults ?? RUN, id = this.id()): Paragraph {
    return { kind: 'paragraph', id, props, inlines: [{ kind: 'run', text, props: run }] };
  }
  add(text: string, props: ParagraphProps = BODY, run?: RunProps, outlineLevel?: number) {
    const p = this.para(text, props, run);
    if (outlineLevel !== undefined) p.outlineLevel = outlineLevel;
    this.body.push(p);
  }
  table(header: readonly string[], rows: string[][], topRows: string[][] = []): void {
    const id = this.id();
    const row = (cells: string[], i: number, isHeader: boolean) => ({
      id: `${id}.r${i}`,
      ...(isHeader ? { isHeader: true } : {}),
      cells: cells.map((text, j) => ({ id: `${id}.r${i}.c${j}`, blocks: [this.para(text, isHeader ? HEADER_CELL : CELL, undefined, `${id}.r${i}.c${j}.b0`)] })),
    });
    const t: Table = { kind: 'table', id, rows: [...topRows, [...header], ...rows].map((cells, i) => row(cells, i, i <= topRows.length)) };
    this.body.push(t);
  }
}

export interface OverallPlanInput {
  roundName: string;
  templateVersion: string;
  year: number;
  catalog: CatalogEntry[];
  indicators: AsyncIterable<PlanItems<IndicatorRow>[]>;
  tasks: AsyncIterable<PlanItems<TaskRow>[]>;
}

const agencyName = (p: LatestPlanRef) => p.agency.name;

/**
 * The draft of the overall plan MST consolidates for the Prime Minister, as one .docx
 * in the administrative format: the national header, then every agency's indicators
 * grouped by indicator (catalogue order, then the agencies' own), then their tasks
 * grouped by area, each row naming its agency. Written with the project's own writer.
 */
export async function overallPlanDocx(input: OverallPlanInput): Promise<Uint8Array> {
  const b = new Builder();
  const template = templates[input.templateVersion];
  // The national header: the issuing body on the left, the motto on the right.
  b.table([m.issuer, m.motto], [['', m.placeDate(input.year)]], [[m.ministry, m.nation]]);
  b.add(m.title, CENTER, { ...RUN, bold: true });
  b.add(m.subtitle(input.year), CENTER, { ...RUN, bold: true });
  b.add(m.draftNote(input.roundName), CENTER, { ...RUN, italic: true });

  // I. Indicators, by indicator.
  const groups = new Map<string, { title: string; rows: string[][] }>();
  for (const e of input.catalog) groups.set(`code:${e.code}`, { title: m.indicatorTitle(e.code, e.name, e.unit, e.target2026, e.target2030), rows: [] });
  for await (const page of input.indicators) {
    for (const { plan, items } of page) {
      for (const i of items) {
        const key = i.code && groups.has(`code:${i.code}`) ? `code:${i.code}` : `name:${i.name.trim().toLowerCase()}|${i.unit}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { title: m.ownIndicatorTitle(i.name, i.unit), rows: [] }));
        g.rows.push([String(g.rows.length + 1), agencyName(plan), i.target2026, i.target2030, i.lead, i.deadline]);
      }
    }
  }
  b.add(m.indicatorsPart, BODY, { ...RUN, bold: true }, 0);
  let k = 0;
  for (const g of groups.values()) {
    if (g.rows.length === 0) continue;
    b.add(`${++k}. ${g.title}`, BODY, { ...RUN, bold: true }, 1);
    b.table(m.indicatorHeaders, g.rows);
  }
  if (k === 0) b.add(m.nothingYet);

  // II. Tasks, by area.
  const areas = new Map<string, string[][]>();
  for await (const page of input.tasks) {
    for (const { plan, items } of page) {
      for (const t of items) {
        let rows = areas.get(t.section);
        if (!rows) areas.set(t.section, (rows = []));
        rows.push([String(rows.length + 1), agencyName(plan), t.name, t.expectedResult, t.implementingUnit, t.deadline, t.amount]);
      }
    }
  }
  b.add(m.tasksPart, BODY, { ...RUN, bold: true }, 0);
  const sorted = [...areas.entries()].sort(([a], [c]) => a.localeCompare(c, 'en', { numeric: true }));
  sorted.forEach(([section, rows], i) => {
    const s = template ? sectionById(template, section) : undefined;
    b.add(`${i + 1}. ${s ? headingOf(s).replace(/^[\dIVX.]+\s*/, '') : section} (${section})`, BODY, { ...RUN, bold: true }, 1);
    b.table(m.taskHeaders, rows);
  });
  if (sorted.length === 0) b.add(m.nothingYet);

  b.add(m.closing);
  const doc: DocumentModel = { body: b.body, sections: [PAGE], defaults: { font: FONT, sizePt: 14 } };
  return writeDocx(doc);
}
