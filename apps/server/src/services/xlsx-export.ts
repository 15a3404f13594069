import ExcelJS from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Indicator, Task } from '@cds/plan';
import type { LatestPlanRef, PlanItems } from '../repositories/latest-plan-items.js';
import { exportMessages as m } from './messages.vi.js';

type Cell = string | number | null;
type Row = Cell[];

/** The indicator and task fields the exports read (nothing else leaves the database). */
export const INDICATOR_EXPORT_FIELDS = [
  'code',
  'parentCode',
  'name',
  'unit',
  'target2026',
  'target2026Value',
  'target2030',
  'target2030Value',
  'method',
  'measurement',
  'lead',
  'deadline',
  'resources',
] as const;
export const TASK_EXPORT_FIELDS = [
  'section',
  'name',
  'expectedResult',
  'effectiveness',
  'deadline',
  'implementingUnit',
  'fundingSource',
  'amount',
  'amountVnd',
] as const;
export type IndicatorExportFields = Pick<Indicator, (typeof INDICATOR_EXPORT_FIELDS)[number]>;
export type TaskExportFields = Pick<Task, (typeof TASK_EXPORT_FIELDS)[number]>;

/** One worksheet: its name, headers, and its rows as pages of plans arrive. */
export interface Sheet {
  name: string;
  headers: readonly string[];
  rows: AsyncIterable<Row[]>;
}

const agencyCols = (d: LatestPlanRef): Row => [d.agency.code, d.agency.name, m.kind[d.agency.kind], m.status[d.status], m.source[d.source]];

async function* rowPages<T>(pages: AsyncIterable<PlanItems<T>[]>, row: (item: T) => Row): AsyncGenerator<Row[]> {
  for await (const page of pages) {
    yield page.flatMap(({ plan, items }) => {
      const agency = agencyCols(plan);
      return items.map((item) => [...agency, ...row(item)]);
    });
  }
}

/** Every agency's indicators, one row per agency and indicator. */
export function indicatorsSheet(pages: AsyncIterable<PlanItems<IndicatorExportFields>[]>): Sheet {
  return {
    name: m.indicatorsSheet,
    headers: m.indicatorHeaders,
    rows: rowPages(pages, (i) => [
      i.code,
      i.parentCode,
      i.name,
      i.unit,
      i.target2026,
      i.target2026Value,
      i.target2030,
      i.target2030Value,
      i.method,
      i.measurement,
      i.lead,
      i.deadline,
      i.resources,
    ]),
  };
}

/** Every agency's tasks and projects, one row per task. */
export function tasksSheet(pages: AsyncIterable<PlanItems<TaskExportFields>[]>): Sheet {
  return {
    name: m.tasksSheet,
    headers: m.taskHeaders,
    rows: rowPages(pages, (t) => [
      t.section,
      t.name,
      t.expectedResult,
      t.effectiveness,
      t.deadline,
      t.implementingUnit,
      t.fundingSource,
      t.amount,
      t.amountVnd,
    ]),
  };
}

/**
 * The style of every data cell: one shared (empty) object, because exceljs caches a cell's
 * style by object identity and otherwise renders and looks up a style for every cell.
 */
const PLAIN: Partial<ExcelJS.Style> = {};

/** Uncompressed sheet XML the zip may lag behind by when the next page is written. */
const ZIP_BACKLOG = 8 * 1024 * 1024;

/**
 * exceljs hands the sheet's XML to the zip without backpressure (its StreamBuf ignores
 * write()'s result), so rows written faster than they are compressed pile up in memory:
 * between pages, wait until the zip has taken in all but ZIP_BACKLOG bytes.
 */
async function zipCaughtUp(ws: unknown, out: PassThrough): Promise<void> {
  const pipes = (ws as { stream?: { pipes?: unknown } }).stream?.pipes;
  if (!Array.isArray(pipes)) return;
  // The zip's input is a readable-stream v2 PassThrough: its buffered lengths sit in its states.
  type State = { length?: number } | undefined;
  const buffered = (p: { _writableState?: State; _readableState?: State }) => (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0);
  const backlog = () => (pipes as Parameters<typeof buffered>[0][]).reduce((n, p) => n + buffered(p), 0);
  await sleep(0); // let the zip run even when pages come without I/O in between
  while (backlog() > ZIP_BACKLOG && !out.destroyed) await sleep(10);
}

/** Resolves once `out` may take more (or is gone). */
function drained(out: PassThrough): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/**
 * The sheet as a streamed .xlsx (exceljs's WorkbookWriter, inline strings): rows are
 * written and zipped page by page, waiting for the zip and the reader between pages, so
 * memory holds about one page rather than the workbook. The first page is read before this
 * resolves, so a failing query is still answered with an error status; a later failure
 * is passed to `onError` and ends the stream.
 */
export function xlsxStream(sheet: Sheet, onError: (err: unknown) => void): Promise<Readable> {
  return xlsxWorkbookStream([sheet], onError);
}

/** Several sheets in one streamed workbook, each with a bold, frozen, filtered header row; see xlsxStream. */
export async function xlsxWorkbookStream(sheets: readonly Sheet[], onError: (err: unknown) => void): Promise<Readable> {
  const iterators = sheets.map((s) => s.rows[Symbol.asyncIterator]());
  const first = iterators.length ? await iterators[0]!.next() : undefined;
  const out = new PassThrough();
  const write = async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.creator = 'Kế hoạch CĐS';
    for (let k = 0; k < sheets.length; k++) {
      const sheet = sheets[k]!;
      const pages = iterators[k]!;
      const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = sheet.headers.map(() => ({ width: 18 }));
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.headers.length } };
      const header = ws.addRow([...sheet.headers]);
      header.font = { bold: true };
      header.commit();
      for (let page = k === 0 ? first! : await pages.next(); !page.done; page = await pages.next()) {
        for (const r of page.value) {
          const row = ws.addRow(r);
          row.eachCell((c) => (c.style = PLAIN));
          row.commit();
        }
        await zipCaughtUp(ws, out);
        await drained(out);
        if (out.destroyed) {
          for (const it of iterators) await it.return?.(undefined);
          return;
        }
      }
      ws.commit();
    }
    await wb.commit();
  };
  write().catch((err: unknown) => {
    onError(err);
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return out;
}
