import { cleanText, displayText, findBlock } from '@cds/model';
import type { Block, DocumentModel, Paragraph, Table } from '@cds/model';
import { ITEM_PARTS, sectionById } from '@cds/template';
import type { TableKind, Template } from '@cds/template';
import { detectAgency } from './agency.js';
import type { CatalogEntry } from './catalog.js';
import { readIgnores } from './ignores.js';
import { extractItems, extractItemsFromControls } from './items.js';
import type { Outline } from './outline.js';
import type { PlanData, PlanSection } from './schema.js';
import { indicatorsOf, projectsOf, tasksOf } from './rows-to-data.js';
import type { Located } from './rows-to-data.js';
import { continueTable, recognizeTable } from './table-recognize.js';
import type { TableMatch } from './table-recognize.js';

export interface ExtractOptions {
  /** Catalogue entries: indicator rows without a code are linked by name to these. */
  catalog?: readonly CatalogEntry[];
}

/** Every block id → block, built once per extraction (findBlock per id would be quadratic). */
function indexBlocks(body: readonly Block[]): Map<string, Block> {
  const m = new Map<string, Block>();
  const visit = (bs: readonly Block[]): void => {
    for (const b of bs) {
      m.set(b.id, b);
      if (b.kind === 'blockControl') visit(b.children);
    }
  };
  visit(body);
  return m;
}

/**
 * The plan's data: each recognised section's own text and a)/b) items, the
 * indicators (from indicator tables outside Phần I, normally P2.II.2), the tasks
 * (with the P2.III area or P2.VI they sit under), the 2025 projects, the agency
 * from the header, and the ignores saved in the document. Pure.
 */
export function extract(doc: DocumentModel, outline: Outline, template: Template, options: ExtractOptions = {}): PlanData {
  const blocks = indexBlocks(doc.body);
  const sections: PlanSection[] = [];
  const located: Located[] = [];

  for (const o of outline.sections) {
    const spec = sectionById(template, o.id);
    const paras: Paragraph[] = [];
    const own: (Paragraph | Table)[] = [];
    let previous: TableMatch | null = null;
    let caption: string | null = null;
    for (const id of o.contentBlockIds) {
      const b = blocks.get(id) ?? findBlock(doc.body, id);
      if (b?.kind === 'paragraph') {
        paras.push(b);
        own.push(b);
        const t = cleanText(displayText(b));
        if (t) caption = captionUnit(t);
      } else if (b?.kind === 'table') {
        own.push(b);
        // A headerless table right after a recognised one in the same section continues it.
        const match: TableMatch | null = recognizeTable(b, template, spec?.table ?? spec?.acceptsTables?.[0]) ?? continueTable(b, previous);
        if (match) located.push({ table: b, match, section: o.id, unit: caption });
        previous = match;
        caption = null;
      }
    }
    const section: PlanSection = {
      id: o.id,
      heading: o.headingText,
      blockId: o.headingBlockId,
      // As Word shows it: an automatic label ("a)") reads the same as a typed one.
      text: [...(o.runInText ? [o.runInText] : []), ...paras.map((p) => cleanText(displayText(p)))].filter(Boolean).join('\n'),
    };
    if (spec?.hasResultItems) {
      const items = extractItems(own, template.resultItems);
      const control = o.controlId ? blocks.get(o.controlId) : undefined;
      const byControl = control?.kind === 'blockControl' ? extractItemsFromControls(control, template.resultItems) : {};
      // A control decides its item: its text and place replace what the labels gave.
      for (const part of ITEM_PARTS) {
        const c = byControl[part];
        if (c) {
          items[part] = c.text;
          items.blocks[part] = c.blocks;
        }
      }
      section.items = items;
    }
    sections.push(section);
  }
  // Tables outside every section (before the first heading, or a document with no headings).
  const inSections = new Set(located.map((l) => l.table.id));
  for (const b of blocks.values())
    if (b.kind === 'table' && !inSections.has(b.id)) {
      const match = recognizeTable(b, template);
      if (match) located.push({ table: b, match, section: null });
    }

  const of = (kind: TableKind) => located.filter((l) => l.match.kind === kind);
  // Indicator tables in another Phần (a 2025 results table in Phần I) are not the plan's indicators.
  const indicatorPart = partOf(template.tables.indicators.section);
  const indicatorTables = of('indicators').filter((l) => l.section === null || partOf(l.section) === indicatorPart);
  const firstHeading = outline.sections[0]?.headingBlockId;
  const agency = detectAgency(doc, firstHeading);
  return {
    templateVersion: template.version,
    agency: { name: agency.name, kind: agency.kind },
    sections,
    indicators: indicatorTables.flatMap((l) => indicatorsOf(l, options.catalog ?? [])),
    tasks: of('tasks').flatMap((l) => tasksOf(l, l.section ?? template.tables.tasks.section)),
    projects2025: of('projects2025').flatMap(projectsOf),
    ignores: readIgnores(doc),
    tables: located.map((l) => ({
      blockId: l.table.id,
      kind: l.match.kind,
      section: l.section,
      headerRows: l.match.headerRows,
      columns: l.match.columns.map((c) => ({ key: c.key, header: c.header })),
      missing: l.match.missing,
      unrecognized: l.match.unrecognized,
      unit: l.unit ?? null,
    })),
  };
}

/** "Đơn vị tính: triệu đồng", "(ĐVT: triệu đồng)" above a table: the unit its bare amounts are in. */
const CAPTION_UNIT = /^\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*([^)]{1,40})\)?\.?$/iu;

function captionUnit(text: string): string | null {
  return CAPTION_UNIT.exec(text.normalize('NFC'))?.[1]?.trim() ?? null;
}

/** The Phần a section id belongs to: "P2.II.2" → "P2". */
function partOf(id: string): string {
  return id.split('.')[0]!;
}
