import { cleanText, displayText, findBlock } from '@cds/model';
import type { Block, DocumentModel, Paragraph, Table } from '@cds/model';
import { parseTag, sectionById } from '@cds/template';
import type { TableKind, Template } from '@cds/template';
import { parseMoneyVnd, parseVnNumber } from '@cds/vn';
import { detectAgency } from './agency.js';
import type { CatalogEntry } from './catalog.js';
import { readIgnores } from './ignores.js';
import { extractItems } from './items.js';
import type { Outline } from './outline.js';
import type { Indicator, PlanData, PlanSection, Project2025, Task } from './schema.js';
import { similarTitle } from './similarity.js';
import { dataRows } from './table-rows.js';
import { recognizeTable } from './table-recognize.js';
import type { TableMatch } from './table-recognize.js';

export interface ExtractOptions {
  /** Catalogue entries: indicator rows without a code are linked by name to these. */
  catalog?: readonly CatalogEntry[];
}

interface Located {
  table: Table;
  match: TableMatch;
  /** Outline section the table sits in, or null before the first heading. */
  section: string | null;
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

const num = (s: string | undefined): number | null => (s ? (parseVnNumber(s)?.value ?? null) : null);
const headerOf = (m: TableMatch, key: string): string | undefined => m.columns.find((c) => c.key === key)?.header;

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
    for (const id of o.contentBlockIds) {
      const b = blocks.get(id) ?? findBlock(doc.body, id);
      if (b?.kind === 'paragraph') paras.push(b);
      else if (b?.kind === 'table') {
        const match = recognizeTable(b, template, spec?.table ?? spec?.acceptsTables?.[0]);
        if (match) located.push({ table: b, match, section: o.id });
      }
    }
    const section: PlanSection = {
      id: o.id,
      heading: o.headingText,
      blockId: o.headingBlockId,
      // As Word shows it: an automatic label ("a)") reads the same as a typed one.
      text: paras.map((p) => cleanText(displayText(p))).filter(Boolean).join('\n'),
    };
    if (spec?.hasResultItems) section.items = extractItems(paras, template.resultItems);
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
  const indicatorTables = of('indicators').filter((l) => !l.section?.startsWith(firstPart(template)));
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
  };
}

/** Id of the template's first Phần (the 2025 review), whose tables are not the 2026 indicators. */
function firstPart(t: Template): string {
  return `${t.sections[0]?.id ?? 'P1'}`;
}

function indicatorsOf(l: Located, catalog: readonly CatalogEntry[]): Indicator[] {
  const codeBySTT = new Map<string, string>();
  return dataRows(l.table, l.match).map((r) => {
    const c = r.cells;
    const tag = parseTag(r.tag);
    const tagKey = tag?.kind === 'indicator' && !/^\d+$/.test(tag.key) ? tag.key : '';
    const name = c.name ?? '';
    const code = c.code || tagKey || catalog.find((e) => similarTitle(e.name, name))?.code || null;
    const stt = (c.stt ?? '').replace(/\.$/, '');
    if (code && stt) codeBySTT.set(stt, code);
    const parentStt = stt.includes('.') ? stt.slice(0, stt.lastIndexOf('.')) : '';
    return {
      blockId: r.rowId,
      code,
      parentCode: c.parentCode || codeBySTT.get(parentStt) || null,
      name,
      unit: c.unit ?? '',
      target2026: c.target2026 ?? '',
      target2026Value: num(c.target2026),
      target2030: c.target2030 ?? '',
      target2030Value: num(c.target2030),
      method: c.method ?? '',
      measurement: c.measurement ?? '',
      lead: c.lead ?? '',
      deadline: c.deadline ?? '',
      resources: c.resources ?? '',
    };
  });
}

function tasksOf(l: Located, section: string): Task[] {
  const unit = headerOf(l.match, 'amount');
  return dataRows(l.table, l.match).map((r) => {
    const c = r.cells;
    return {
      blockId: r.rowId,
      section,
      name: c.name ?? '',
      expectedResult: c.expectedResult ?? '',
      effectiveness: c.effectiveness ?? '',
      deadline: c.deadline ?? '',
      implementingUnit: c.implementingUnit ?? '',
      fundingSource: c.fundingSource ?? '',
      amount: c.amount ?? '',
      amountVnd: c.amount ? parseMoneyVnd(c.amount, unit) : null,
    };
  });
}

function projectsOf(l: Located): Project2025[] {
  const unit = headerOf(l.match, 'totalInvestment');
  return dataRows(l.table, l.match).map((r) => {
    const c = r.cells;
    return {
      blockId: r.rowId,
      name: c.name ?? '',
      goal: c.goal ?? '',
      totalInvestment: c.totalInvestment ?? '',
      totalInvestmentVnd: c.totalInvestment ? parseMoneyVnd(c.totalInvestment, unit) : null,
      fundingSource: c.fundingSource ?? '',
      duration: c.duration ?? '',
      status: c.status ?? '',
    };
  });
}
