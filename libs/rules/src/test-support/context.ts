import type { Block, DocumentModel, PageSetup, Paragraph, ParagraphProps, RunProps } from '@cds/model';
import type { AgencyKind, CatalogEntry, Ignore, Indicator, Outline, PlanData, Task } from '@cds/plan';
import { extractItems } from '@cds/plan';
import { getTemplate, headingOf, sectionById } from '@cds/template';
import { ND30_BODY, ND30_HEADING, ND30_PAGE, ND30_PART_HEADING } from '@cds/template';
import type { RuleContext } from '../rule.js';

/**
 * Small hand-built rule contexts for unit tests: a document, the outline the
 * recognizer would report and the data extraction would give, kept consistent
 * with each other, without running the recognizer.
 */
export interface ParaInput {
  text: string;
  props?: ParagraphProps;
  run?: RunProps;
}

export interface SectionInput {
  id: string;
  /** Heading text; default: the template's heading. */
  heading?: string;
  paras?: (string | ParaInput)[];
  items?: { results?: string | null; shortcomings?: string | null };
  /** Where the recognizer found it; default: its template parent. */
  foundUnder?: string | null;
  headingProps?: ParagraphProps;
}

export interface ContextInput {
  sections?: SectionInput[];
  indicators?: Partial<Indicator>[];
  tasks?: Partial<Task>[];
  agencyKind?: AgencyKind | null;
  catalog?: CatalogEntry[] | null;
  pages?: PageSetup[];
  ignores?: Ignore[];
  /** Blocks before the first section (title block). */
  preamble?: Block[];
}

let seq = 0;

export function paragraph(text: string, props: ParagraphProps = ND30_BODY, run?: RunProps): Paragraph {
  return { kind: 'paragraph', id: `p${seq++}`, props, inlines: [{ kind: 'run', text, props: run ?? props.runDefaults ?? {} }] };
}

export function indicator(p: Partial<Indicator> = {}): Indicator {
  return {
    blockId: `row${seq++}`,
    code: null,
    parentCode: null,
    name: 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử',
    unit: '%',
    target2026: '95%',
    target2026Value: 95,
    target2030: '100%',
    target2030Value: 100,
    method: 'Số hồ sơ xử lý điện tử / tổng số hồ sơ × 100%',
    measurement: 'Thống kê từ hệ thống quản lý văn bản, hằng quý',
    lead: 'Văn phòng Ủy ban nhân dân tỉnh',
    deadline: '31/12/2026',
    resources: 'Ngân sách nhà nước',
    ...p,
  };
}

export function task(p: Partial<Task> = {}): Task {
  return {
    blockId: `row${seq++}`,
    section: 'P2.VI',
    name: 'Xây dựng kho dữ liệu dùng chung',
    expectedResult: 'Kho dữ liệu vận hành',
    effectiveness: 'Giảm 30% thời gian xử lý',
    deadline: 'Quý IV/2026',
    implementingUnit: 'Sở Khoa học và Công nghệ',
    fundingSource: 'Ngân sách tỉnh',
    amount: '1.250',
    amountVnd: 1_250_000_000,
    ...p,
  };
}

export function makeContext(input: ContextInput = {}): RuleContext {
  const template = getTemplate();
  const body: Block[] = [...(input.preamble ?? [])];
  const outline: Outline = { templateVersion: template.version, sections: [], unknownHeadings: [], structured: false };
  const plan: PlanData = {
    templateVersion: template.version,
    agency: { name: null, kind: input.agencyKind ?? null },
    sections: [],
    indicators: (input.indicators ?? []).map(indicator),
    tasks: (input.tasks ?? []).map(task),
    projects2025: [],
    ignores: input.ignores ?? [],
  };
  for (const s of input.sections ?? []) {
    const t = sectionById(template, s.id);
    const headingText = s.heading ?? (t ? headingOf(t) : s.id);
    const h = paragraph(headingText, s.headingProps ?? (t?.level === 0 ? ND30_PART_HEADING : ND30_HEADING));
    const paras = (s.paras ?? []).map((x) => (typeof x === 'string' ? paragraph(x) : paragraph(x.text, x.props, x.run)));
    body.push(h, ...paras);
    outline.sections.push({
      id: s.id,
      headingBlockId: h.id,
      headingText,
      via: 'heading',
      foundUnder: s.foundUnder !== undefined ? s.foundUnder : (t?.parent ?? null),
      contentBlockIds: paras.map((p) => p.id),
    });
    // Items as extraction reads them from the paragraphs; `items` overrides their texts.
    const read = t?.hasResultItems || s.items ? extractItems(paras, template.resultItems) : undefined;
    const items = read && (s.items ? { ...read, results: s.items.results ?? null, shortcomings: s.items.shortcomings ?? null } : read);
    plan.sections.push({
      id: s.id,
      heading: headingText,
      blockId: h.id,
      text: paras.map((p) => (p.inlines[0] as { text: string }).text).join('\n'),
      ...(items ? { items } : {}),
    });
  }
  const doc: DocumentModel = { body, sections: input.pages ?? [ND30_PAGE], defaults: { font: 'Times New Roman', sizePt: 14 } };
  return { doc, template, outline, plan, agencyKind: input.agencyKind ?? null, catalog: input.catalog ?? null };
}

/** Sections with a real sentence each, in template order (a quiet background for structure rules). */
export function allSections(except: string[] = []): SectionInput[] {
  return getTemplate()
    .sections.filter((s) => !except.includes(s.id))
    .map((s) => ({ id: s.id, paras: [`Nội dung của mục ${s.number}.`] }));
}
