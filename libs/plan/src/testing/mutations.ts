import type { Template } from '@cds/template';
import { sectionById } from '@cds/template';
import { citation } from './content.js';
import { allSpecs, findSpec } from './spec.js';
import type { PlanSpec, SectionSpec, TableBody } from './spec.js';

/**
 * One deliberate defect applied to a clean plan. Each names what it breaks so a
 * negative test reads as "the clean plan, except …".
 */
export type Mutation =
  | { kind: 'dropSection'; section: string }
  | { kind: 'duplicateSection'; section: string }
  /** Swap two sibling sections (order error). */
  | { kind: 'swapSections'; a: string; b: string }
  /** Move a section (with its subtree) to the end of another section's children. */
  | { kind: 'moveSection'; section: string; under: string }
  /** Give a section a different heading title (wording differences, typos). */
  | { kind: 'renameSection'; section: string; title: string }
  /** Add a heading that matches nothing in the template, after a section's body. */
  | { kind: 'unknownHeading'; after: string; number: string; title: string; level: 1 | 2 }
  /** An a)/b) item with nothing under its label. */
  | { kind: 'emptyItem'; section: string; part: 'results' | 'shortcomings' }
  /** Remove an a)/b) item entirely (label and content). */
  | { kind: 'dropItem'; section: string; part: 'results' | 'shortcomings' }
  /** The section's (or item's) content replaced by MST's guidance, verbatim. */
  | { kind: 'guidanceVerbatim'; section: string }
  /** Content replaced by a "[...]" placeholder (in an item when `part` is given). */
  | { kind: 'placeholder'; section: string; part?: 'results' | 'shortcomings' }
  /** Set one cell of a table row (row index 0-based among data rows; column key). */
  | { kind: 'setCell'; table: TableBody['table']; section?: string; row: number; column: string; text: string }
  /** Shorthand: indicator row `row` gets an unquantified 2026 target ("nâng cao"). */
  | { kind: 'unquantifiedTarget'; row: number; text?: string }
  /** Shorthand: indicator row `row` gets an impossible deadline ("Quý V/2026"). */
  | { kind: 'badDeadline'; row: number; text?: string }
  /** P2.I cites a known document with the wrong date text (e.g. NQ71 "01/5/2025"). */
  | { kind: 'wrongCitationDate'; document: string; date: string }
  /** P2.I does not cite a known document at all. */
  | { kind: 'dropCitation'; document: string }
  /** Replace every paragraph of a section's body with this text. */
  | { kind: 'setBody'; section: string; paragraphs: string[] };

function mustFind(spec: PlanSpec, id: string) {
  const hit = findSpec(spec.sections, id);
  if (!hit) throw new Error(`mutation: no section ${id} in the plan`);
  return hit;
}

function clone<T>(x: T): T {
  return structuredClone(x);
}

function tableIn(spec: PlanSpec, kind: TableBody['table'], section?: string): TableBody {
  const sections = section ? [mustFind(spec, section).spec] : [...allSpecs(spec.sections)];
  for (const s of sections) for (const b of s.body) if (b.kind === 'table' && b.table === kind) return b;
  throw new Error(`mutation: no ${kind} table`);
}

/** Applies mutations in order to a copy of the spec. */
export function applyMutations(input: PlanSpec, mutations: readonly Mutation[], t: Template): PlanSpec {
  const spec = clone(input);
  for (const m of mutations) {
    switch (m.kind) {
      case 'dropSection': {
        const { siblings, index } = mustFind(spec, m.section);
        siblings.splice(index, 1);
        break;
      }
      case 'duplicateSection': {
        const { spec: s, siblings, index } = mustFind(spec, m.section);
        siblings.splice(index + 1, 0, clone(s));
        break;
      }
      case 'swapSections': {
        const a = mustFind(spec, m.a);
        const b = mustFind(spec, m.b);
        a.siblings[a.index] = b.spec;
        b.siblings[b.index] = a.spec;
        break;
      }
      case 'moveSection': {
        const { spec: s, siblings, index } = mustFind(spec, m.section);
        siblings.splice(index, 1);
        mustFind(spec, m.under).spec.children.push(s);
        break;
      }
      case 'renameSection':
        mustFind(spec, m.section).spec.title = m.title;
        break;
      case 'unknownHeading': {
        const { spec: s } = mustFind(spec, m.after);
        const extra: SectionSpec = {
          id: `unknown:${m.title}`,
          level: m.level,
          number: m.number,
          title: m.title,
          body: [{ kind: 'para', text: 'Nội dung bổ sung của cơ quan.' }],
          children: [],
        };
        const { siblings, index } = mustFind(spec, m.after);
        if (s.level === m.level) siblings.splice(index + 1, 0, extra);
        else s.children.push(extra);
        break;
      }
      case 'emptyItem':
      case 'dropItem':
      case 'placeholder': {
        const s = mustFind(spec, m.section).spec;
        if (m.part) {
          if (!s.items) throw new Error(`mutation: ${m.section} has no a)/b) items`);
          if (m.kind === 'dropItem') delete s.items[m.part];
          else s.items[m.part] = m.kind === 'placeholder' ? ['[...]'] : [];
        } else {
          s.body = [{ kind: 'para', text: '[...]' }];
        }
        break;
      }
      case 'guidanceVerbatim': {
        const s = mustFind(spec, m.section).spec;
        const guidance = sectionById(t, m.section)?.guidance;
        if (!guidance?.length) throw new Error(`mutation: ${m.section} has no guidance`);
        const tables = s.body.filter((b) => b.kind === 'table');
        s.body = [...guidance.map((text) => ({ kind: 'para' as const, text })), ...tables];
        break;
      }
      case 'setCell':
      case 'unquantifiedTarget':
      case 'badDeadline': {
        const kind = m.kind === 'setCell' ? m.table : 'indicators';
        const tb = tableIn(spec, kind, m.kind === 'setCell' ? m.section : undefined);
        const row = tb.rows[m.row];
        if (!row) throw new Error(`mutation: no row ${m.row}`);
        if (m.kind === 'setCell') row.cells[m.column] = m.text;
        else if (m.kind === 'unquantifiedTarget') row.cells.target2026 = m.text ?? 'nâng cao';
        else row.cells.deadline = m.text ?? 'Quý V/2026';
        break;
      }
      case 'wrongCitationDate':
      case 'dropCitation': {
        const doc = t.knownDocuments.find((d) => d.key === m.document);
        if (!doc) throw new Error(`mutation: unknown document ${m.document}`);
        const basis = mustFind(spec, t.legalBasisSection ?? 'P2.I').spec;
        const line = citation(doc);
        basis.body = basis.body.flatMap((b) =>
          b.kind === 'para' && b.text === line ? (m.kind === 'dropCitation' ? [] : [{ kind: 'para' as const, text: citation(doc, m.date) }]) : [b],
        );
        break;
      }
      case 'setBody': {
        const s = mustFind(spec, m.section).spec;
        s.body = [...m.paragraphs.map((text) => ({ kind: 'para' as const, text })), ...s.body.filter((b) => b.kind === 'table')];
        break;
      }
    }
  }
  return spec;
}
