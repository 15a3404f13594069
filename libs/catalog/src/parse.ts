import { parse as parseCsv } from 'csv-parse/sync';
import { CatalogEntrySchema, type CatalogEntry } from '@cds/plan';
import { foldKey } from '@cds/model';
import { CATALOG_COLUMNS, mapHeader, type CatalogColumn } from './columns.js';
import { catalogMessages as m } from './messages.vi.js';

export interface CatalogProblem {
  /** 1-based line (CSV) or entry number (JSON); 0 for the whole file. */
  line: number;
  message: string;
}

export type CatalogParseResult = { ok: true; entries: CatalogEntry[] } | { ok: false; problems: CatalogProblem[] };

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

function parseCsvText(text: string): CatalogParseResult {
  let rows: string[][];
  try {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    rows = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    return { ok: false, problems: [{ line: 0, message: m.invalidCsv((e as Error).message) }] };
  }
  const [header, ...body] = rows;
  if (!header) return { ok: false, problems: [{ line: 0, message: m.emptyFile }] };
  const columns = mapHeader(header);
  const missing = (Object.keys(CATALOG_COLUMNS) as CatalogColumn[]).filter(
    (c) => CATALOG_COLUMNS[c].required && columns[c] === undefined,
  );
  if (missing.length) return { ok: false, problems: missing.map((c) => ({ line: 1, message: m.missingColumn(c) })) };
  return validateRows(
    body.map((cells, i) => {
      const raw: Record<string, unknown> = {};
      for (const [key, index] of Object.entries(columns)) raw[key] = cells[index as number] ?? '';
      return { line: i + 2, raw: csvToEntry(raw) };
    }),
  );
}

/** CSV cells are all text: turn them into the schema's types. */
function csvToEntry(raw: Record<string, unknown>): Record<string, unknown> {
  const text = (k: string) => String(raw[k] ?? '').trim();
  return {
    code: text('code'),
    name: text('name'),
    unit: text('unit'),
    source: text('source'),
    appliesTo: parseAppliesTo(text('appliesTo')),
    target2026: text('target2026') || null,
    target2030: text('target2030') || null,
    requires2030: ['1', 'true', 'co', 'x', 'yes'].includes(foldKey(text('requires2030'))),
    direction: ['down', 'giam', 'thap hon'].includes(foldKey(text('direction'))) ? 'down' : 'up',
  };
}

const KIND_WORDS: Record<string, 'province' | 'central' | 'all'> = {
  province: 'province', tinh: 'province', 'dia phuong': 'province',
  central: 'central', 'trung uong': 'central', bo: 'central', 'bo nganh': 'central',
  all: 'all', 'tat ca': 'all',
};

const AGENCY_CODE = /^(\d{2}|[A-Z][A-Z0-9-]+)$/;

/** "tỉnh" → province; "01; 79; BO-KHCN" → agency codes. */
export function parseAppliesTo(value: string): string | string[] {
  const kind = KIND_WORDS[foldKey(value)];
  if (kind) return kind;
  const codes = value.split(/[;|,\s]+/).map((s) => s.trim()).filter(Boolean);
  // Agency codes are the two-digit province codes or upper-case ids such as BO-KHCN.
  return codes.length && codes.every((c) => AGENCY_CODE.test(c)) ? codes : value;
}

function validateRows(rows: { line: number; raw: unknown }[]): CatalogParseResult {
  const problems: CatalogProblem[] = [];
  const entries: CatalogEntry[] = [];
  const seen = new Set<string>();
  for (const { line, raw } of rows) {
    const appliesTo = (raw as { appliesTo?: unknown })?.appliesTo;
    if (typeof appliesTo === 'string' && !['province', 'central', 'all'].includes(appliesTo)) {
      problems.push({ line, message: m.invalidRow(line, 'appliesTo', m.badAppliesTo(appliesTo)) });
      continue;
    }
    const parsed = CatalogEntrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ line, message: m.invalidRow(line, issue.path.join('.') || '?', issue.message) });
      continue;
    }
    if (seen.has(parsed.data.code)) problems.push({ line, message: m.duplicateCode(line, parsed.data.code) });
    seen.add(parsed.data.code);
    entries.push(parsed.data);
  }
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}
