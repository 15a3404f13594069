import { parse as parseCsv } from 'csv-parse/sync';
import { CatalogEntrySchema, type CatalogEntry } from '@cds/plan';
import { foldKey } from '@cds/model';
import { CATALOG_COLUMNS, mapHeader, type CatalogColumn } from './columns.js';
import { catalogMessages as m } from './messages.vi.js';
import type { AgencyKind } from '@cds/template/enums';

export interface CatalogProblem {
  /** 1-based line (CSV) or entry number (JSON); 0 for the whole file. */
  line: number;
  message: string;
}

export type CatalogParseResult =
  /** `lines[i]`: the line (CSV) or entry number (JSON) `entries[i]` came from, for problems found later (unknown agency codes). */
  { ok: true; entries: CatalogEntry[]; lines: number[] } | { ok: false; problems: CatalogProblem[] };

/** Reads a catalogue from CSV or JSON text. All problems are reported at once, in Vietnamese. */
export function parseCatalog(text: string, format: 'csv' | 'json'): CatalogParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  if (!clean.trim()) return { ok: false, problems: [{ line: 0, message: m.emptyFile }] };
  return format === 'json' ? parseJson(clean) : parseCsvText(clean);
}

function parseJson(text: string): CatalogParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ line: 0, message: m.invalidJson((e as Error).message) }] };
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(list)) return { ok: false, problems: [{ line: 0, message: m.notAList }] };
  return validateRows(list.map((raw, i) => ({ line: i + 1, raw: raw as Record<string, unknown> })));
}

/** The line where a quote opens that the file never closes (csv-parse names only the last line). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      if (open && text[i + 1] === '"') i++;
      else open = open ? 0 : line;
    }
  }
  return open;
}

/** Records with the line each starts on (blank lines and quoted line breaks counted). */
function csvRecords(text: string, delimiter: string): { cells: string[]; line: number }[] {
  const records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, raw: true }) as unknown as {
    record: string[];
    raw: string;
  }[];
  let offset = 0;
  let line = 1;
  return records.map(({ record, raw }) => {
    const start = offset + (/^[\r\n]*/.exec(raw)?.[0].length ?? 0);
    for (let i = offset; i < start; i++) if (text[i] === '\n') line++;
    const at = line;
    for (let i = start; i < offset + raw.length; i++) if (text[i] === '\n') line++;
    offset += raw.length;
    return { cells: record, line: at };
  });
}

function parseCsvText(text: string): CatalogParseResult {
  let rows: { cells: string[]; line: number }[];
  try {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    rows = csvRecords(text, delimiter);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      const line = unclosedQuoteLine(text) || ((e as { lines?: number }).lines ?? 0);
      return { ok: false, problems: [{ line, message: m.unclosedQuote(line) }] };
    }
    const line = (e as { lines?: number }).lines ?? 0;
    return { ok: false, problems: [{ line, message: m.invalidCsv(line) }] };
  }
  const [headerRow, ...body] = rows;
  if (!headerRow) return { ok: false, problems: [{ line: 0, message: m.emptyFile }] };
  const header = headerRow.cells;
  const columns = mapHeader(header);
  const missing = (Object.keys(CATALOG_COLUMNS) as CatalogColumn[]).filter((c) => CATALOG_COLUMNS[c].required && columns[c] === undefined);
  if (missing.length) return { ok: false, problems: missing.map((c) => ({ line: headerRow.line, message: m.missingColumn(c) })) };
  const problems: CatalogProblem[] = [];
  const rowsOut = body.map(({ cells, line }) => {
    const raw: Record<string, unknown> = {};
    for (const [key, index] of Object.entries(columns)) raw[key] = cells[index as number] ?? '';
    const { entry, problems: cellProblems } = csvToEntry(raw, line);
    problems.push(...cellProblems);
    return { line, raw: entry };
  });
  const validated = validateRows(rowsOut);
  if (!problems.length) return validated;
  const all = [...problems, ...(validated.ok ? [] : validated.problems)].sort((a, b) => a.line - b.line);
  return { ok: false, problems: all };
}

const YES = ['1', 'true', 'co', 'x', 'yes', 'bat buoc'];
const NO = ['', '0', 'false', 'khong', 'no'];
const UP = ['', 'up', 'tang', 'cao hon'];
const DOWN = ['down', 'giam', 'thap hon'];

/**
 * CSV cells are all text: turn them into the schema's types. A yes/no or up/down
 * cell that is neither is a problem of its line, not silently "no" and "up".
 */
function csvToEntry(raw: Record<string, unknown>, line: number): { entry: Record<string, unknown>; problems: CatalogProblem[] } {
  const text = (k: string) => String(raw[k] ?? '').trim();
  const problems: CatalogProblem[] = [];
  const requires = foldKey(text('requires2030'));
  const direction = foldKey(text('direction'));
  if (!YES.includes(requires) && !NO.includes(requires)) problems.push({ line, message: m.invalidRow(line, 'requires2030', m.badYesNo(text('requires2030'))) });
  if (!UP.includes(direction) && !DOWN.includes(direction))
    problems.push({ line, message: m.invalidRow(line, 'direction', m.badDirection(text('direction'))) });
  return {
    entry: {
      code: text('code'),
      name: text('name'),
      unit: text('unit'),
      source: text('source'),
      appliesTo: parseAppliesTo(text('appliesTo')),
      target2026: text('target2026') || null,
      target2030: text('target2030') || null,
      requires2030: YES.includes(requires),
      direction: DOWN.includes(direction) ? 'down' : 'up',
    },
    problems,
  };
}

const KIND_WORDS: Record<string, AgencyKind | 'all'> = {
  province: 'province',
  tinh: 'province',
  'dia phuong': 'province',
  central: 'central',
  'trung uong': 'central',
  bo: 'central',
  'bo nganh': 'central',
  all: 'all',
  'tat ca': 'all',
};

const AGENCY_CODE = /^(\d{2}|[A-Z][A-Z0-9-]+)$/;

/** "tỉnh" → province; "01; 79; BO-KHCN" → agency codes. */
export function parseAppliesTo(value: string): string | string[] {
  const kind = KIND_WORDS[foldKey(value)];
  if (kind) return kind;
  const codes = value
    .split(/[;|,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  // Agency codes are the two-digit province codes or upper-case ids such as BO-KHCN.
  return codes.length && codes.every((c) => AGENCY_CODE.test(c)) ? codes : value;
}

function validateRows(rows: { line: number; raw: unknown }[]): CatalogParseResult {
  const problems: CatalogProblem[] = [];
  const entries: CatalogEntry[] = [];
  const lines: number[] = [];
  const seen = new Set<string>();
  for (const { line, raw } of rows) {
    const appliesTo = (raw as { appliesTo?: unknown })?.appliesTo;
    if (typeof appliesTo === 'string' && !['province', 'central', 'all'].includes(appliesTo)) {
      problems.push({ line, message: m.invalidRow(line, 'appliesTo', m.badAppliesTo(appliesTo)) });
      continue;
    }
    const parsed = CatalogEntrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, message: m.invalidRow(line, issue.path.join('.') || '?', issue.message) });
      continue;
    }
    if (seen.has(parsed.data.code)) problems.push({ line, message: m.duplicateCode(line, parsed.data.code) });
    seen.add(parsed.data.code);
    entries.push(parsed.data);
    lines.push(line);
  }
  return problems.length ? { ok: false, problems } : { ok: true, entries, lines };
}
