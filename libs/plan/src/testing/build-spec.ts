import { assignedEntries } from '../catalog-assign.js';
import { sampleCatalog } from '../catalog-sample.js';
import type { CatalogEntry } from '../catalog.js';
import { agencies, childrenOf, getTemplate } from '@cds/template';
import type { Template, TemplateSection } from '@cds/template';
import { areaParagraphs, citation, extraParagraph, indicatorCells, narrative, project2025Cells, resultItemTexts, taskCells } from './content.js';
import type { ContentContext } from './content.js';
import type { BodySpec, PlanSpec, SectionSpec, TableBody } from './spec.js';

/** How big the generated plan is. */
export interface PlanSize {
  /** Indicator rows in P2.II.2 (catalogue entries first, then component indicators). */
  indicators: number;
  /** Task rows in the P2.VI table. */
  taskRows: number;
  /** Task rows in a table under each P2.III area (0 = no area tables). */
  areaTaskRows: number;
  /** 2025 project rows in P1.II.10. */
  projects2025: number;
  /** Extra body paragraphs added to every section. */
  extraParagraphs: number;
}

export const DEFAULT_PLAN_SIZE: PlanSize = { indicators: 0, taskRows: 6, areaTaskRows: 0, projects2025: 3, extraParagraphs: 0 };

/** About 150 pages: ~3,000 body paragraphs, 200 indicators, 500 task rows. */
export const LARGE_PLAN_SIZE: PlanSize = { indicators: 200, taskRows: 500, areaTaskRows: 0, projects2025: 20, extraParagraphs: 65 };

export interface SpecOptions {
  template?: Template;
  agencyKind?: 'province' | 'central';
  /** Agency code from @cds/template's agencies, or a free name ("Tỉnh Cao Bằng", "Bộ Y tế"). */
  agency?: string;
  /** Catalogue entries to plan for (default: the sample catalogue's entries assigned to the kind). */
  catalog?: CatalogEntry[];
  size?: Partial<PlanSize>;
}

function agencyFor(o: SpecOptions): { kind: 'province' | 'central'; headerName: string; short: string; place: string } {
  const kind = o.agencyKind ?? 'province';
  const byCode = agencies.find((a) => a.code === o.agency || a.name === o.agency);
  const a = byCode ?? (o.agency ? undefined : agencies.find((x) => x.code === (kind === 'province' ? '04' : 'BO-KHCN')));
  if (a) {
    const short = a.kind === 'province' ? a.name.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố') : a.name;
    const place = a.kind === 'province' ? a.name.replace(/^(Tỉnh|Thành phố) /, '') : 'Hà Nội';
    return { kind: a.kind, headerName: a.headerName, short, place };
  }
  const name = o.agency!;
  const headerName = kind === 'province' ? `ỦY BAN NHÂN DÂN ${name.toUpperCase()}` : name.toUpperCase();
  return { kind, headerName, short: name, place: kind === 'province' ? name.replace(/^(Tỉnh|Thành phố) /i, '') : 'Hà Nội' };
}

function tableBody(t: Template, kind: TableBody['table'], rows: TableBody['rows']): TableBody {
  return {
    kind: 'table',
    table: kind,
    columns: t.tables[kind].columns.filter((c) => c.key !== 'parentCode').map((c) => ({ key: c.key, label: c.label })),
    rows,
  };
}

/** Builds the clean plan's content, section by section, from the template. */
export function buildPlanSpec(o: SpecOptions = {}): PlanSpec {
  const t = o.template ?? getTemplate();
  const size = { ...DEFAULT_PLAN_SIZE, ...o.size };
  const ag = agencyFor(o);
  const ctx: ContentContext = { kind: ag.kind, agencyShort: ag.short };
  const entries = o.catalog ?? assignedEntries(sampleCatalog.entries, ag.kind);
  let counter = 0;

  const bodyOf = (s: TemplateSection, i: number): BodySpec[] => {
    const paras = (texts: string[]): BodySpec[] => texts.map((text) => ({ kind: 'para', text }));
    const body: BodySpec[] = [];
    if (s.id === t.legalBasisSection) {
      body.push(...paras([`Căn cứ xây dựng Kế hoạch chuyển đổi số năm 2026 của ${ag.short}:`]));
      body.push(...paras(t.knownDocuments.filter((d) => d.key !== 'QD1567' && d.key !== 'TT15').map((d) => citation(d))));
    } else if (s.table === 'indicators') {
      const n = Math.max(size.indicators, entries.length);
      body.push(...paras([`Các chỉ tiêu cụ thể năm 2026 và định hướng đến năm 2030 của ${ag.short} như sau:`]));
      body.push(
        tableBody(
          t,
          'indicators',
          Array.from({ length: n }, (_, k) => {
            const cells = indicatorCells(entries[k], k, ctx);
            return { key: cells.code || String(k + 1), cells };
          }),
        ),
      );
    } else if (s.table === 'tasks') {
      body.push(...paras([`Danh mục nhiệm vụ, dự án chuyển đổi số năm 2026 của ${ag.short}:`]));
      body.push(
        tableBody(
          t,
          'tasks',
          Array.from({ length: size.taskRows }, (_, k) => ({ key: String(k + 1), cells: taskCells(k, ctx) })),
        ),
      );
    } else if (s.table === 'projects2025') {
      body.push(
        ...paras([
          `Năm 2025, tổng kinh phí bố trí cho chuyển đổi số của ${ag.short} là 45.800 triệu đồng, chiếm 1,8% tổng chi ngân sách.`,
          'Danh mục các dự án năm 2025:',
        ]),
      );
      body.push(
        tableBody(
          t,
          'projects2025',
          Array.from({ length: size.projects2025 }, (_, k) => ({ key: String(k + 1), cells: project2025Cells(k, ctx) })),
        ),
      );
    } else if (s.requires?.includes('expectedResult')) {
      body.push(...paras(areaParagraphs(s, ctx, i)));
      if (size.areaTaskRows > 0)
        body.push(
          tableBody(
            t,
            'tasks',
            Array.from({ length: size.areaTaskRows }, (_, k) => ({ key: `${s.number}.${k + 1}`, cells: taskCells(k + i, ctx) })),
          ),
        );
    } else if (!s.hasResultItems && childrenOf(t, s.id).length === 0) {
      body.push(...paras(narrative(s, ctx, i)));
    }
    for (let k = 0; k < size.extraParagraphs; k++) body.push({ kind: 'para', text: extraParagraph(s, k) });
    return body;
  };

  const build = (s: TemplateSection): SectionSpec => {
    const i = counter++;
    const spec: SectionSpec = {
      id: s.id,
      level: s.level,
      number: s.number,
      title: s.title,
      body: bodyOf(s, i),
      children: childrenOf(t, s.id).map(build),
    };
    if (s.hasResultItems) spec.items = resultItemTexts(s, ctx, i);
    return spec;
  };

  return { agencyKind: ag.kind, headerName: ag.headerName, place: ag.place, sections: childrenOf(t, null).map(build) };
}
