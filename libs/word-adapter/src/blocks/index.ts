import type { Block, DocumentModel } from '@cds/model';
import type { CatalogEntry } from '@cds/plan';
import {
  childrenOf,
  getTemplate,
  ND30_BODY as BODY,
  ND30_HEADING as HEADING,
  ND30_PART_HEADING as PART_HEADING,
  headingOf,
  indicatorTag,
  itemTag,
  project2025Tag,
  sectionById,
  sectionTag,
  tableTag,
  taskTag,
} from '@cds/template';
import type { ItemPart, TableKind, Template, TemplateSection } from '@cds/template';
import { control, fragment, Ids, para, row, table } from './build.js';
import type { RowInput } from '../types.js';

const STYLE = ['Heading1', 'Heading2', 'Heading3', 'Heading4'] as const;
const STYLE_NAME = ['heading 1', 'heading 2', 'heading 3', 'heading 4'] as const;

/** The heading paragraph of a section, as PRODUCT.md and Nghị định 30 print it. */
function heading(ids: Ids, s: TemplateSection) {
  const text = s.level <= 1 ? headingOf(s).replace(/^(Phần [IVX]+\. |[IVX]+\. )(.*)$/, (_, n: string, t: string) => n + t.toUpperCase()) : headingOf(s);
  return para(ids, text, s.level === 0 ? PART_HEADING : HEADING, { styleId: STYLE[s.level], styleName: STYLE_NAME[s.level], outlineLevel: s.level });
}

function tableBlock(ids: Ids, t: Template, kind: TableKind, rows: Block[] = []): Block {
  const cols = t.tables[kind].columns;
  const dataRows = rows.length
    ? []
    : [
        row(
          ids,
          cols.map(() => ''),
          { tag: rowTag(kind, 1), title: ROW_TITLE[kind] },
        ),
      ];
  const tbl = table(ids, [
    row(
      ids,
      cols.map((c) => c.label),
      { header: true },
    ),
    ...dataRows,
  ]);
  return control(ids, tableTag(kind), TABLE_TITLE[kind], [tbl]);
}

const TABLE_TITLE: Record<TableKind, string> = { indicators: 'Bảng chỉ tiêu', tasks: 'Danh mục nhiệm vụ, dự án', projects2025: 'Dự án năm 2025' };
const ROW_TITLE: Record<TableKind, string> = { indicators: 'Chỉ tiêu', tasks: 'Nhiệm vụ', projects2025: 'Dự án' };
const rowTag = (kind: TableKind, key: string | number) => (kind === 'indicators' ? indicatorTag(key) : kind === 'tasks' ? taskTag(key) : project2025Tag(key));

function itemBlocks(ids: Ids, t: Template, s: TemplateSection, parts: readonly ItemPart[]): Block[] {
  return t.resultItems
    .filter((ri) => parts.includes(ri.part))
    .map((ri) => control(ids, itemTag(s.id, ri.part), `${ri.label} ${ri.title}`, [para(ids, `${ri.label} ${ri.title}:`, BODY), para(ids, '', BODY)]));
}

/** One section with its body placeholder, items, table and (optionally) its subsections. */
function sectionBlocks(ids: Ids, t: Template, s: TemplateSection, withChildren: boolean): Block {
  const kids = childrenOf(t, s.id);
  const children: Block[] = [heading(ids, s)];
  if (!kids.length || s.table || s.hasResultItems) children.push(para(ids, '', BODY));
  if (s.hasResultItems) children.push(...itemBlocks(ids, t, s, ['results', 'shortcomings']));
  if (s.table) children.push(tableBlock(ids, t, s.table));
  if (withChildren) for (const k of kids) children.push(sectionBlocks(ids, t, k, true));
  return control(ids, sectionTag(s.id), headingOf(s), children);
}

/** The whole framework (both Phần and every section), structured and formatted. */
export function frameworkModel(templateVersion?: string): DocumentModel {
  const t = getTemplate(templateVersion);
  const ids = new Ids();
  return fragment(childrenOf(t, null).map((s) => sectionBlocks(ids, t, s, true)));
}

/** One section (with its subsections). Throws for an id the template does not have. */
export function sectionModel(sectionId: string, templateVersion?: string): DocumentModel {
  const t = getTemplate(templateVersion);
  const s = sectionById(t, sectionId);
  if (!s) throw new RangeError(sectionId);
  return fragment([sectionBlocks(new Ids(), t, s, true)]);
}

/** The a) and/or b) items of an area. */
export function itemsModel(sectionId: string, parts: readonly ItemPart[], templateVersion?: string): DocumentModel {
  const t = getTemplate(templateVersion);
  const s = sectionById(t, sectionId);
  if (!s) throw new RangeError(sectionId);
  return fragment(itemBlocks(new Ids(), t, s, parts));
}

/** Rows as a table (header row first) whose data rows the adapter appends to the existing table. */
function rowsTable(kind: TableKind, rows: { key: string; cells: Record<string, string> }[], templateVersion?: string): DocumentModel {
  const t = getTemplate(templateVersion);
  const ids = new Ids();
  const cols = t.tables[kind].columns;
  const data = rows.map((r) =>
    row(
      ids,
      cols.map((c) => r.cells[c.key] ?? ''),
      { tag: rowTag(kind, r.key), title: ROW_TITLE[kind] },
    ),
  );
  return fragment([
    control(ids, tableTag(kind), TABLE_TITLE[kind], [
      table(ids, [
        row(
          ids,
          cols.map((c) => c.label),
          { header: true },
        ),
        ...data,
      ]),
    ]),
  ]);
}

/** Indicator rows from catalogue entries: code, name and unit filled in. */
export function indicatorRowsModel(entries: readonly CatalogEntry[], templateVersion?: string): DocumentModel {
  return rowsTable(
    'indicators',
    entries.map((e) => ({ key: e.code, cells: { code: e.code, name: e.name, unit: e.unit } })),
    templateVersion,
  );
}

export function taskRowsModel(rows: readonly RowInput[], templateVersion?: string): DocumentModel {
  return rowsTable(
    'tasks',
    rows.map((r, i) => ({ key: r.key ?? String(i + 1), cells: r.cells })),
    templateVersion,
  );
}

export function project2025RowsModel(rows: readonly RowInput[], templateVersion?: string): DocumentModel {
  return rowsTable(
    'projects2025',
    rows.map((r, i) => ({ key: r.key ?? String(i + 1), cells: r.cells })),
    templateVersion,
  );
}

/** The data rows of a rows model's table (for the API fallback and for appending). */
export function dataRowsOf(doc: DocumentModel): string[][] {
  const c = doc.body[0];
  const t = c?.kind === 'blockControl' ? c.children[0] : undefined;
  if (t?.kind !== 'table') return [];
  return t.rows
    .slice(1)
    .map((r) =>
      r.cells.map((cell) => cell.blocks.map((b) => (b.kind === 'paragraph' ? b.inlines.map((i) => ('text' in i ? i.text : '')).join('') : '')).join('\n')),
    );
}
