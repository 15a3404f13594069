import ExcelJS from 'exceljs';
import type { LatestPlanData } from '../repositories/mst.js';
import { exportMessages as m } from './messages.vi.js';

type Row = (string | number | null)[];

async function workbook(sheetName: string, headers: readonly string[], rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kế hoạch CĐS';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...headers]).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c) => (c.width = 18));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const agencyCols = (d: LatestPlanData): Row => [d.agency.code, d.agency.name, m.kind[d.agency.kind], m.status[d.status], m.source[d.source]];

/** Every agency's indicators, one row per agency and indicator. */
export function indicatorsWorkbook(data: LatestPlanData[]): Promise<Buffer> {
  const rows = data.flatMap((d) =>
    d.plan.indicators.map((i): Row => [
      ...agencyCols(d), i.code, i.parentCode, i.name, i.unit, i.target2026, i.target2026Value, i.target2030, i.target2030Value,
      i.method, i.measurement, i.lead, i.deadline, i.resources,
    ]),
  );
  return workbook(m.indicatorsSheet, m.indicatorHeaders, rows);
}

/** Every agency's tasks and projects, one row per task. */
export function tasksWorkbook(data: LatestPlanData[]): Promise<Buffer> {
  const rows = data.flatMap((d) =>
    d.plan.tasks.map((t): Row => [
      ...agencyCols(d), t.section, t.name, t.expectedResult, t.effectiveness, t.deadline, t.implementingUnit, t.fundingSource, t.amount, t.amountVnd,
    ]),
  );
  return workbook(m.tasksSheet, m.taskHeaders, rows);
}
