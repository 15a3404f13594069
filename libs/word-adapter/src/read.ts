/// <reference types="office-js" />
import { buildModel, type ModelWithPlaces } from './build-model.js';
import { readCustomParts } from './office-xml.js';
import type { RawControl, RawDocument, RawParagraph, RawTable } from './raw.js';

/** The open document as the model, and where each of its block ids is in Word. */
export type WordReading = ModelWithPlaces;

/** Exactly the paragraph properties the recognizer, extraction and rules read. */
const PARAGRAPH_LOAD = [
  'text',
  'style',
  'styleBuiltIn',
  'alignment',
  'firstLineIndent',
  'leftIndent',
  'spaceBefore',
  'spaceAfter',
  'lineSpacing',
  'outlineLevel',
  'tableNestingLevel',
  'isListItem',
  'font/name',
  'font/size',
  'font/bold',
  'font/italic',
  'font/color',
  'listItemOrNullObject/listString',
  'listItemOrNullObject/level',
  'parentContentControlOrNullObject/id',
]
  .map((p) => `items/${p}`)
  .join(',');
const CONTROL_LOAD =
  'items/id,items/tag,items/title,items/cannotEdit,items/cannotDelete,items/subtype,items/parentContentControlOrNullObject/id,items/parentTableOrNullObject/nestingLevel';
const TABLE_LOAD = 'items/nestingLevel,items/values,items/headerRowCount';
/** Per-cell paragraph counts, loaded only when the cell values do not account for every table paragraph. */
const CELL_LOAD = 'items/nestingLevel,items/rows/cells/body/paragraphs/tableNestingLevel';

const nullable = <T extends OfficeExtension.ClientObject & { isNullObject: boolean }>(o: T): T | null => (o.isNullObject ? null : o);

/**
 * Reads the open document in one round trip whatever its size: the three collections
 * (paragraphs, content controls, tables) are loaded once with exactly the properties
 * needed; the custom XML parts come through the common API (no Word round trip).
 */
export async function readDocument(): Promise<WordReading> {
  const [raw, customParts] = await Promise.all([readRaw(), readCustomParts()]);
  return buildModel({ ...raw, customParts });
}

async function readRaw(): Promise<Omit<RawDocument, 'customParts'>> {
  try {
    return await readBatch(true);
  } catch (e) {
    // A Word (or host) that cannot give the first section's headers: the agency is then read from the body.
    if (['NotImplemented', 'ItemNotFound'].includes((e as { code?: string }).code ?? '') || (e as { name?: string }).name === 'NotImplementedError')
      return readBatch(false);
    throw e;
  }
}

async function readBatch(withHeaders: boolean): Promise<Omit<RawDocument, 'customParts'>> {
  return Word.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs.load(PARAGRAPH_LOAD);
    const controls = body.contentControls.load(CONTROL_LOAD);
    const tables = body.tables.load(TABLE_LOAD);
    // The first section's headers (first page, then the others), where the agency's name usually is (WordApi 1.1/1.3).
    const first = withHeaders ? context.document.sections.getFirst() : null;
    const headers = first ? (['FirstPage', 'Primary'] as const).map((k) => first.getHeader(k).paragraphs.load('items/text')) : [];
    await context.sync();
    const headerText = headers.flatMap((h) => h.items.map((p) => p.text)).filter((x) => x.trim());
    const raw = {
      paragraphs: paragraphs.items.map(rawParagraph),
      controls: controls.items.map(rawControl),
      tables: tables.items.map(rawTable),
      headerText: headerText.length ? headerText : null,
    };
    // A cell's value joins its paragraphs with paragraph marks, so the values give each cell's
    // paragraph count; nested tables (or a Word that joins otherwise) break the sum, and then
    // the counts are loaded from the cells themselves (one more round trip).
    const inTables = raw.paragraphs.filter((p) => p.tableNestingLevel >= 1).length;
    const counted = raw.tables
      .filter((t) => t.nestingLevel <= 1)
      .reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cellParagraphs.reduce((a, b) => a + b, 0), 0), 0);
    if (counted !== inTables) {
      const cells = body.tables.load(CELL_LOAD);
      await context.sync();
      cells.items.forEach((t, k) => {
        raw.tables[k]!.rows.forEach((r, i) => (r.cellParagraphs = t.rows.items[i]!.cells.items.map((c) => c.body.paragraphs.items.length)));
      });
    }
    return raw;
  });
}

function rawParagraph(p: Word.Paragraph): RawParagraph {
  const li = nullable(p.listItemOrNullObject);
  const cc = nullable(p.parentContentControlOrNullObject);
  const f = p.font;
  return {
    text: p.text,
    style: p.style,
    styleBuiltIn: String(p.styleBuiltIn),
    alignment: String(p.alignment),
    firstLineIndent: p.firstLineIndent,
    leftIndent: p.leftIndent,
    spaceBefore: p.spaceBefore,
    spaceAfter: p.spaceAfter,
    lineSpacing: p.lineSpacing,
    outlineLevel: p.outlineLevel,
    tableNestingLevel: p.tableNestingLevel,
    list: p.isListItem && li ? { label: li.listString, level: li.level } : null,
    font: { name: f.name ?? null, size: f.size ?? null, bold: f.bold ?? null, italic: f.italic ?? null, color: f.color ?? null },
    controlId: cc ? cc.id : null,
  };
}

function rawControl(c: Word.ContentControl): RawControl {
  const parent = nullable(c.parentContentControlOrNullObject);
  return {
    id: c.id,
    tag: c.tag ?? '',
    title: c.title ?? '',
    cannotEdit: c.cannotEdit,
    cannotDelete: c.cannotDelete,
    subtype: String(c.subtype),
    parentId: parent ? parent.id : null,
    inTable: !c.parentTableOrNullObject.isNullObject,
  };
}

const MARKS = /\r\n?|\n/;

function rawTable(t: Word.Table): RawTable {
  return {
    nestingLevel: t.nestingLevel,
    values: t.values,
    rows: t.values.map((cells, i) => ({ isHeader: i < t.headerRowCount, cellParagraphs: cells.map((v) => v.split(MARKS).length) })),
  };
}
