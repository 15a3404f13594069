/// <reference types="office-js" />
import type { CatalogEntry } from '@cds/plan';
import { getTemplate, itemTag, tableTag } from '@cds/template';
import type { ItemPart, TableKind } from '@cds/template';
import { dataRowsOf, frameworkModel, indicatorRowsModel, itemsModel, project2025RowsModel, sectionModel, taskRowsModel } from './blocks/index.js';
import { isUnsupported, ooxmlOf, type Outcome } from './batch.js';
import { sectionAnchor, sectionTextEndAnchor, type Anchor } from './locate-anchor.js';
import { readDocument, type WordReading } from './read.js';
import { resolveRange } from './resolve.js';
import { writeBlocksWithApi } from './write-api.js';
import type { Block, DocumentModel, Table } from '@cds/model';
import { recognizeTable } from '@cds/plan';
import type { RowInput } from './types.js';

export interface InsertFrameworkOptions {
  templateVersion?: string;
  /** Replace the body (the document is empty) rather than append at its end. */
  replace?: boolean;
  /** 'api' skips OOXML and writes with the paragraph/control API (what a Word refusing insertOoxml gets; diagnostics and tests). */
  writer?: 'ooxml' | 'api';
}

/**
 * Inserts a fragment at an anchor as OOXML (insertOoxml, WordApi 1.1), so what Word
 * holds is what our .docx writer writes. When this Word refuses the OOXML, the same
 * blocks are written with the paragraph/control/table API (sections and items keep
 * their tags; row-level controls cannot be made that way).
 */
export async function insertFragmentAt(doc: DocumentModel, anchor: Anchor | { kind: 'replaceBody' }, writer: 'ooxml' | 'api' = 'ooxml'): Promise<Outcome> {
  const xml = ooxmlOf(doc);
  try {
    if (writer === 'api') throw Object.assign(new Error('api writer asked for'), { code: 'ApiNotFound' });
    await Word.run(async (context) => {
      const target = await anchorTarget(context, anchor);
      target.obj.insertOoxml(xml, target.where as never);
      await context.sync();
    });
    return {};
  } catch (e) {
    if (!isUnsupported(e)) throw e;
    await Word.run(async (context) => {
      const target = await anchorTarget(context, anchor);
      writeBlocksWithApi(context, doc.body, target);
      await context.sync();
    });
    return { fallback: 'api-blocks' };
  }
}

export interface Target {
  obj: Word.Range | Word.Body | Word.ContentControl;
  where: 'Before' | 'After' | 'End' | 'Replace' | 'Start';
}

async function anchorTarget(context: Word.RequestContext, anchor: Anchor | { kind: 'replaceBody' }): Promise<Target> {
  const body = context.document.body;
  switch (anchor.kind) {
    case 'replaceBody':
      return { obj: body, where: 'Replace' };
    case 'bodyEnd':
      return { obj: body, where: 'End' };
    case 'controlEnd':
      return { obj: context.document.contentControls.getByTag(anchor.tag).getFirst(), where: 'End' };
    case 'before': {
      const r = await resolveRange(context, anchor.place);
      return r ? { obj: r, where: 'Before' } : { obj: body, where: 'End' };
    }
  }
}

/** The whole framework: into an empty document (replace) or at the end. */
export async function insertFramework(options: InsertFrameworkOptions = {}): Promise<Outcome> {
  return insertFragmentAt(frameworkModel(options.templateVersion), options.replace ? { kind: 'replaceBody' } : { kind: 'bodyEnd' }, options.writer);
}

/** One missing section (with its subsections) where it belongs. */
export async function insertSection(sectionId: string, options: { templateVersion?: string; reading?: WordReading } = {}): Promise<Outcome> {
  const reading = options.reading ?? (await readDocument());
  return insertFragmentAt(sectionModel(sectionId, options.templateVersion), sectionAnchor(reading, sectionId, options.templateVersion));
}

/** The a) and/or b) items of an area: b) goes at the end of the area's own text, a) before b). */
export async function insertItems(
  sectionId: string,
  parts: readonly ItemPart[],
  options: { templateVersion?: string; reading?: WordReading } = {},
): Promise<Outcome> {
  const reading = options.reading ?? (await readDocument());
  const tags = new Map(
    Object.entries(reading.places)
      .filter(([, p]) => p.kind === 'control')
      .map(([, p]) => [(p as { tag: string }).tag, p]),
  );
  const b = tags.get(itemTag(sectionId, 'shortcomings'));
  let anchor: Anchor;
  if (parts.includes('results') && !parts.includes('shortcomings') && b) anchor = { kind: 'before', place: b };
  else anchor = sectionTextEndAnchor(reading, sectionId, options.templateVersion);
  return insertFragmentAt(itemsModel(sectionId, parts, options.templateVersion), anchor);
}

/**
 * Rows into a structured table: appended with `Table.addRows` (WordApi 1.3) when the
 * table is there; otherwise the table itself is inserted as OOXML in its section.
 */
async function insertRows(kind: TableKind, model: DocumentModel, templateVersion?: string): Promise<Outcome> {
  const t = getTemplate(templateVersion);
  const section = t.tables[kind].section;
  const reading = await readDocument();
  // The existing table's own column order decides where each value goes.
  const existing = findTaggedTable(reading.doc.body, tableTag(kind));
  const place = existing ? reading.places[existing.id] : undefined;
  const match = existing ? recognizeTable(existing, t, kind) : null;
  if (existing && place?.kind === 'table' && match) {
    const keys = t.tables[kind].columns.map((c) => c.key);
    const width = existing.rows[0]?.cells.length ?? keys.length;
    const values = dataRowsOf(model).map((cells) => {
      const out = Array.from({ length: width }, () => '');
      for (const c of match.columns) {
        const i = keys.indexOf(c.key);
        if (i >= 0 && c.col < width) out[c.col] = cells[i] ?? '';
      }
      return out;
    });
    await Word.run(async (context) => {
      const ts = context.document.body.tables.load('items/nestingLevel');
      await context.sync();
      ts.items.filter((x) => x.nestingLevel <= 1)[place.table]!.addRows('End', values.length, values);
      await context.sync();
    });
    return { fallback: 'addRows' };
  }
  return insertFragmentAt(model, sectionTextEndAnchor(reading, section, templateVersion));
}

function findTaggedTable(blocks: Block[], tag: string): Table | null {
  for (const b of blocks) {
    if (b.kind !== 'blockControl') continue;
    if (b.cc.tag === tag) {
      const tbl = b.children.find((x): x is Table => x.kind === 'table');
      if (tbl) return tbl;
    }
    const inner = findTaggedTable(b.children, tag);
    if (inner) return inner;
  }
  return null;
}

/** Indicator rows picked from the agency's catalogue (code, name, unit filled in) into P2.II.2. */
export const insertIndicatorRows = (entries: readonly CatalogEntry[], templateVersion?: string) =>
  insertRows('indicators', indicatorRowsModel(entries, templateVersion), templateVersion);
/** Task and project rows into P2.VI. */
export const insertTaskRows = (rows: readonly RowInput[], templateVersion?: string) =>
  insertRows('tasks', taskRowsModel(rows, templateVersion), templateVersion);
/** 2025 project rows into P1.II.10. */
export const insertProject2025Rows = (rows: readonly RowInput[], templateVersion?: string) =>
  insertRows('projects2025', project2025RowsModel(rows, templateVersion), templateVersion);
