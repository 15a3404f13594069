import ExcelJS from 'exceljs';
import { parseCatalog } from '@cds/catalog';
import type { CatalogEntry } from '@cds/plan';
import type * as z from 'zod';
import type { CatalogPreviewBodySchema, CatalogPreviewSchema } from '@cds/api';
import { formatMessages } from '../messages.vi.js';
import type { Repositories } from '../plugins/app/repositories.js';
import { previewMessages as m } from './dashboard-messages.vi.js';

type Body = z.infer<typeof CatalogPreviewBodySchema>;
type Preview = z.infer<typeof CatalogPreviewSchema>;

const csvCell = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Text of a cell as a person sees it (rich text, formulas' results, numbers in the Vietnamese form stay as typed). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v);
}

/** The first worksheet of an .xlsx as CSV text (comma-separated), one line per sheet row, empty rows kept as empty lines. */
export async function xlsxToCsv(bytes: Uint8Array): Promise<{ ok: true; csv: string } | { ok: false }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false };
  const lines: string[] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(csvCell(cellText(row.getCell(c).value).trim()));
    lines.push(cells.join(','));
  }
  return { ok: true, csv: lines.join('\n') };
}

export type PreviewResult = { kind: 'round_not_found' } | { kind: 'ok'; preview: Preview };

/**
 * Reads a catalogue file as the import would and says what saving it would do,
 * saving nothing: every bad row's error (with its line), unknown agency codes, and
 * the counts of entries added, updated, kept and removed.
 */
export async function previewCatalog(repos: Repositories, body: Body): Promise<PreviewResult> {
  if (!(await repos.rounds.byId(body.roundId))) return { kind: 'round_not_found' };
  let text = body.content;
  if (body.format === 'xlsx') {
    const converted = await xlsxToCsv(Buffer.from(body.content, 'base64'));
    if (!converted.ok) return { kind: 'ok', preview: failed([{ line: 0, message: m.notXlsx }]) };
    text = converted.csv;
  }
  const parsed = parseCatalog(text, body.format === 'json' ? 'json' : 'csv');
  if (!parsed.ok) return { kind: 'ok', preview: failed(parsed.problems) };
  const known = new Set((await repos.agencies.list()).map((a) => a.code));
  const problems = parsed.entries.flatMap((e, i) => {
    const missing = Array.isArray(e.appliesTo) ? e.appliesTo.filter((c) => !known.has(c)) : [];
    return missing.length ? [{ line: i + 1, message: formatMessages.unknownAgencyCodes(e.code, missing) }] : [];
  });
  if (problems.length) return { kind: 'ok', preview: failed(problems) };
  const existing = new Set((await repos.rounds.catalog(body.roundId)).map((e) => e.code));
  const inFile = new Set(parsed.entries.map((e) => e.code));
  const updated = parsed.entries.filter((e) => existing.has(e.code)).length;
  const changes =
    body.mode === 'merge'
      ? { added: parsed.entries.length - updated, updated, kept: [...existing].filter((c) => !inFile.has(c)).length, removed: 0 }
      : { added: parsed.entries.length, updated: 0, kept: 0, removed: existing.size };
  return {
    kind: 'ok',
    preview: { ok: true, entries: parsed.entries, problems: [], changes, importContent: JSON.stringify(parsed.entries satisfies CatalogEntry[]) },
  };
}

const failed = (problems: Preview['problems']): Preview => ({
  ok: false,
  entries: [],
  problems,
  changes: { added: 0, updated: 0, kept: 0, removed: 0 },
  importContent: '',
});
