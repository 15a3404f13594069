import { foldKey, paragraphText } from '@cds/model';
import type { Block, BlockContentControl, DocumentModel, Inline, Paragraph } from '@cds/model';
import { extract, readHeading } from '@cds/plan';
import type { Outline, OutlineSection, PlanData, PlanSection } from '@cds/plan';
import { parseTag } from '@cds/template';
import type { Template } from '@cds/template';
import { conclude, prepare, withKind, type AnalyzeOptions, type Analysis } from '../analyze.js';
import { memoising } from '../context/memo.js';
import { buildIndex, entryOf, setIndex, spliceIndex, type RuleIndex } from '../context/index.js';
import { applyIgnores, runRule } from '../engine.js';
import type { Finding } from '../finding.js';
import { allRules } from '../registry.js';
import type { Rule, RuleContext, RuleInput } from '../rule.js';
import { diffDocuments, deepEqual, type BlockIndex, type TextEdit } from './diff.js';

/** What the last pass did, for benches and the pane's status. */
export interface AnalyzerPass {
  /** `unchanged`: the same document as before; `incremental`: only some paragraphs' text changed; `full`: everything again. */
  mode: 'unchanged' | 'incremental' | 'full';
  /** Why the pass was full (the first thing that ruled out reuse). */
  why?: string;
  /** Rules run again (the others' findings were reused). */
  rulesRun: number;
  /** Sections extracted again in an incremental pass. */
  sectionsExtracted: number;
  /** Where the time went, in ms: comparing with the last reading, recognize + extract (or the edited sections alone), the rules' index, the rules, sorting and summing up. */
  ms: { diff: number; extract: number; index: number; rules: number; conclude: number };
}

export interface Analyzer {
  /** The analysis `analyze(doc, options)` gives, reusing what the previous documents' passes computed. */
  analyze(doc: DocumentModel): Analysis;
  /** What the last `analyze` call reused. */
  readonly lastPass: AnalyzerPass | null;
}

interface State {
  doc: DocumentModel;
  ctx: RuleContext;
  template: Template;
  /** The plan as extracted (before the agency kind is set). */
  extracted: PlanData;
  index: RuleIndex;
  /** Each rule's findings in the last pass, stamped, ignores not applied. */
  byRule: Map<Rule, Finding[]>;
  analysis: Analysis;
}

/**
 * A stateful analyzer for live validation: give it each new reading of the document
 * and it returns exactly what `analyze()` returns for it (the same findings, in the
 * same order, with the same ids and places), doing again only what the change can
 * affect:
 * - the same document: the previous analysis;
 * - only the text of some body paragraphs changed, each still plain body text (not a
 *   heading, a caption that names a table's unit, the closing block or a table cell):
 *   the outline is kept (such a paragraph cannot be a heading, see `isPlainBodyText`);
 *   only the sections holding them are extracted again; the rules' index reuses
 *   every other paragraph; a rule whose declared inputs (`Rule.reads`) did not change
 *   keeps its findings, the others run again over the whole document;
 * - anything else: a full analysis.
 * The options are fixed for the analyzer's life (a new catalogue means a new analyzer).
 */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  const rules = options.rules ?? allRules;
  let state: State | null = null;
  let lastPass: AnalyzerPass | null = null;

  const full = (doc: DocumentModel, why: string, t0: number, diff: number): Analysis => {
    const t1 = performance.now();
    const { ctx, template, extracted } = prepare(doc, options);
    const t2 = performance.now();
    const index = memoising(() => buildIndex(ctx));
    setIndex(ctx, index);
    const t3 = performance.now();
    const byRule = new Map<Rule, Finding[]>();
    memoising(() => {
      for (const rule of rules) byRule.set(rule, runRule(ctx, rule));
    });
    const t4 = performance.now();
    const analysis = conclude(ctx, template, applyIgnores(collect(rules, byRule), ctx.plan.ignores ?? []));
    state = { doc, ctx, template, extracted, index, byRule, analysis };
    const ms = { diff: diff - t0, extract: t2 - t1, index: t3 - t2, rules: t4 - t3, conclude: performance.now() - t4 };
    lastPass = { mode: 'full', why, rulesRun: rules.length, sectionsExtracted: ctx.outline.sections.length, ms };
    return analysis;
  };

  return {
    get lastPass() {
      return lastPass;
    },
    analyze(doc) {
      const t0 = performance.now();
      if (!state) return full(doc, 'first pass', t0, t0);
      const prev: State = state;
      const { diff, blocks } = diffDocuments(prev.doc, doc);
      const t1 = performance.now();
      if (diff.kind === 'same') {
        state = { ...prev, doc };
        lastPass = { mode: 'unchanged', rulesRun: 0, sectionsExtracted: 0, ms: { diff: t1 - t0, extract: 0, index: 0, rules: 0, conclude: 0 } };
        return prev.analysis;
      }
      if (diff.kind === 'other') return full(doc, diff.why, t0, t1);
      const why = outlineUnchanged(prev, diff.edits);
      if (why) return full(doc, why, t0, t1);
      const reextracted = reextract(prev, doc, blocks, diff.edits);
      if (typeof reextracted === 'string') return full(doc, reextracted, t0, t1);
      const t2 = performance.now();

      const { extracted, changed } = reextracted;
      const c = prev.ctx;
      const plan = withKind(extracted, c.agencyKind);
      const ctx: RuleContext = { ...c, doc, plan };
      const previous = { index: prev.index, dirty: new Set(diff.edits.map((e) => e.id)) };
      const index = memoising(() => spliceIndex(ctx, previous, reextracted.ids, new Map(diff.edits.map((e) => [e.id, e.after]))) ?? buildIndex(ctx, previous));
      setIndex(ctx, index);
      const t3 = performance.now();
      const byRule = new Map<Rule, Finding[]>();
      let rulesRun = 0;
      memoising(() => {
        for (const rule of rules) {
          const reuse = rule.reads?.every((r) => !changed.has(r)) ? prev.byRule.get(rule) : undefined;
          if (reuse) byRule.set(rule, reuse);
          else {
            byRule.set(rule, runRule(ctx, rule));
            rulesRun++;
          }
        }
      });
      const t4 = performance.now();
      const analysis = conclude(ctx, prev.template, applyIgnores(collect(rules, byRule), plan.ignores ?? []));
      state = { doc, ctx, template: prev.template, extracted, index, byRule, analysis };
      const ms = { diff: t1 - t0, extract: t2 - t1, index: t3 - t2, rules: t4 - t3, conclude: performance.now() - t4 };
      lastPass = { mode: 'incremental', rulesRun, sectionsExtracted: reextracted.sections, ms };
      return analysis;
    },
  };
}

function collect(rules: readonly Rule[], byRule: Map<Rule, Finding[]>): Finding[] {
  const out: Finding[] = [];
  for (const r of rules) for (const f of byRule.get(r)!) out.push(f);
  return out;
}

/**
 * Null when the recognizer would give the same outline (and the agency read from the
 * preamble is the same): every edited paragraph is body text of a section, plain
 * before and after, and does not follow a bare "PHẦN I" whose title could be it.
 * Otherwise why not.
 */
function outlineUnchanged(prev: State, edits: readonly TextEdit[]): string | null {
  const unknown = new Set(prev.ctx.outline.unknownHeadings.map((h) => h.blockId));
  for (const e of edits) {
    const info = entryOf(prev.index, e.id);
    // Before the first heading (the preamble names the agency) or after the plan (trailing): not a section's body.
    if (!info || info.section === null || info.isHeading || info.tableId !== null) return 'an edit outside a section body';
    if (unknown.has(e.id)) return 'an edit of an unknown heading';
    if (!isPlainBodyText(e.before) || !isPlainBodyText(e.after)) return 'an edited paragraph could be a heading';
    const p = e.previousUnit;
    if (p?.kind === 'paragraph' && !isPlainBodyText(p) && readHeading(p).number.kind === 'part') return 'an edit after a part heading';
  }
  return null;
}

/**
 * Could start a section number: digits, roman letters, "Phần". The same pattern as the
 * plain recognizer's (`@cds/plan` recognize-plain.ts), which reads no paragraph that
 * fails it as a heading; the equivalence tests check the two agree.
 */
const NUMBER_START = /^\s*(\d|[IVXLCivxlc][\s.:\-–—)IVXLCivxlc]|p\S*\s)/i;

/**
 * A paragraph the recognizer reads as body text whatever its context: no style,
 * outline level or numbering, nothing bold, no inline control, not starting like a
 * number, not the "Nơi nhận" that starts the closing block. Stricter than the
 * recognizer's own test (which lets long bold paragraphs through).
 */
export function isPlainBodyText(p: Paragraph): boolean {
  if (p.numbering || p.outlineLevel !== undefined || p.styleId) return false;
  if (p.props?.runDefaults?.bold || !plainInlines(p.inlines)) return false;
  const text = paragraphText(p);
  if (NUMBER_START.test(text)) return false;
  return !foldKey(text.slice(0, 20)).startsWith('noi');
}

function plainInlines(inlines: readonly Inline[]): boolean {
  for (const i of inlines) if (i.kind !== 'run' || i.props?.bold) return false;
  return true;
}

/**
 * Extracts again the sections holding the edits, each alone (its own blocks, and its
 * control for the a)/b) items), and splices them into the previous plan. A string when
 * that cannot stand for a full extraction: a section found twice, a block not found,
 * or a table read differently (a caption line above it names its unit).
 */
function reextract(
  prev: State,
  doc: DocumentModel,
  blocks: BlockIndex,
  edits: readonly TextEdit[],
): { extracted: PlanData; changed: Set<RuleInput | 'text'>; sections: number; ids: Set<string> } | string {
  const outline = prev.ctx.outline;
  const owner = ownerOf(outline);
  const touched = new Set<number>();
  for (const e of edits) {
    const i = owner.get(e.id);
    if (i === undefined) return 'an edited paragraph in no section content';
    touched.add(i);
  }
  const sections = [...prev.extracted.sections];
  const catalog = prev.ctx.catalog;
  for (const i of touched) {
    const o = outline.sections[i]!;
    if (outline.sections.some((s, j) => j !== i && s.id === o.id)) return 'an edit in a section found twice';
    const body: Block[] = [];
    for (const id of o.contentBlockIds) {
      const b = blocks.get(id);
      if (!b) return 'a block outside the reach of extraction';
      body.push(b);
    }
    if (o.controlId) {
      const c = blocks.get(o.controlId);
      if (c?.kind === 'blockControl') body.push(withoutSections(c));
    }
    const alone = extract({ ...doc, body }, { ...outline, sections: [o] }, prev.template, catalog ? { catalog } : {});
    const mine = (p: PlanData) => (p.tables ?? []).filter((t) => t.section === o.id);
    if (!deepEqual(mine(alone), mine(prev.extracted))) return 'a table of the edited section reads differently';
    const k = planIndexOf(prev.extracted.sections, outline.sections, i);
    if (k < 0) return 'a section missing from the plan';
    sections[k] = alone.sections[0] as PlanSection;
  }
  const extracted: PlanData = { ...prev.extracted, sections };
  const ids = new Set([...touched].map((i) => outline.sections[i]!.id));
  return { extracted, changed: new Set(['text', 'plan.sections']), sections: touched.size, ids };
}

const owners = new WeakMap<Outline, Map<string, number>>();

/** Block id → the outline section (its position) whose content holds it, once per outline. */
function ownerOf(outline: Outline): Map<string, number> {
  let owner = owners.get(outline);
  if (!owner) {
    owner = new Map();
    outline.sections.forEach((s, i) => {
      for (const id of s.contentBlockIds) owner!.set(id, i);
    });
    owners.set(outline, owner);
  }
  return owner;
}

/** The plan has one section per outline section, in the same order. */
function planIndexOf(plan: readonly PlanSection[], outline: readonly OutlineSection[], i: number): number {
  return plan.length === outline.length && plan[i]?.id === outline[i]!.id ? i : -1;
}

/** A section control without the sections nested in it (their tables are not this section's). */
function withoutSections(c: BlockContentControl): BlockContentControl {
  const keep = (bs: readonly Block[]): Block[] =>
    bs.flatMap<Block>((b) => (b.kind !== 'blockControl' ? [b] : parseTag(b.cc.tag)?.kind === 'section' ? [] : [{ ...b, children: keep(b.children) }]));
  return { ...c, children: keep(c.children) };
}
