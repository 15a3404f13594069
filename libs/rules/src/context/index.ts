import { cleanText, paragraphText } from '@cds/model';
import type { Block, ParagraphContext } from '@cds/model';
import { fold } from './fold.js';
import { memoOn } from './memo.js';
import { ITEM_PARTS, parseTag } from '@cds/template';
import type { ItemPart, Template } from '@cds/template';
import type { Paragraph } from '@cds/model';
import type { Outline, OutlineSection, PlanSection } from '@cds/plan';
import type { RuleContext } from '../rule.js';

/** One paragraph of the document with what the rules need, computed once per analysis. */
export interface ParagraphInfo {
  paragraph: Paragraph;
  id: string;
  /** As Word shows it (numbering label included), cleaned (NFC, spaces folded). */
  text: string;
  /** Matching key of `text` (lower case, no diacritics, no punctuation). */
  folded: string;
  /** Canonical id of the section it belongs to; null before the first heading. */
  section: string | null;
  /** The heading paragraph of a recognised section. */
  isHeading: boolean;
  /** Table the paragraph sits in, if any. */
  tableId: string | null;
  rowId: string | null;
  /** The a)/b) item the paragraph belongs to (its label line included). */
  item: ItemPart | null;
  /** The "a) Kết quả đạt được:" label line itself. */
  isItemLabel: boolean;
  /** Raw paragraph text (no numbering label, not normalised): what a replaceText fix replaces. */
  raw: string;
  /** The body part of a run-in heading's paragraph (listed as content of its section, not in `paragraphs`). */
  runIn?: boolean;
  /** Rules' results for this entry (`paragraphMemo` in memo.ts), kept while the entry is: not content, never copied. */
  memo?: unknown[];
}

/** Lookups every rule shares: built once per RuleContext (memoised), linear in the document size. */
export interface RuleIndex {
  paragraphs: ParagraphInfo[];
  /** Non-heading paragraphs outside tables, per section. */
  bodyBySection: Map<string, ParagraphInfo[]>;
  /** Every paragraph (tables included) per section. */
  allBySection: Map<string, ParagraphInfo[]>;
  /** Outline sections by id (a duplicated section has several). */
  present: Map<string, OutlineSection[]>;
  /** Extracted plan sections by id (first occurrence). */
  planSection: Map<string, PlanSection>;
  /** Folded guidance paragraph → section ids that print it. */
  guidance: Map<string, string[]>;
}

const memo = new WeakMap<RuleContext, RuleIndex>();

/** The shared lookups of a context (built on first use). */
export function indexOf(ctx: RuleContext): RuleIndex {
  let ix = memo.get(ctx);
  if (!ix) {
    ix = build(ctx);
    memo.set(ctx, ix);
  }
  return ix;
}

/** Gives a context the index built for it elsewhere (by `buildIndex`), so its rules do not build another. */
export function setIndex(ctx: RuleContext, ix: RuleIndex): void {
  memo.set(ctx, ix);
}

/**
 * The last pass's index and which paragraphs changed since, for `buildIndex`: the body
 * must have the same blocks in the same order, and only the `dirty` paragraphs' content
 * may differ.
 */
export interface PreviousIndex {
  index: RuleIndex;
  dirty: ReadonlySet<string>;
}

/**
 * Builds the index of a context. Given the previous pass's index over the same blocks,
 * the text of every paragraph not in `dirty` is taken from it (not cleaned and folded
 * again), and its entry is the same object when nothing about it changed, as is a
 * section's list when all its entries are: the same content gives the same index.
 */
export function buildIndex(ctx: RuleContext, previous?: PreviousIndex): RuleIndex {
  return build(ctx, previous);
}

function build(ctx: RuleContext, previous?: PreviousIndex): RuleIndex {
  const before = previous?.index.paragraphs;
  const dirty = previous?.dirty;
  const runInBefore = new Map<string, ParagraphInfo>();
  if (previous) for (const list of previous.index.allBySection.values()) for (const p of list) if (p.runIn) runInBefore.set(p.id, p);
  const { present, headingOf, owner, runInOf, trailing } = outlineMaps(ctx.outline);
  const out: ParagraphInfo[] = [];
  const bodyBySection = new Map<string, ParagraphInfo[]>();
  const allBySection = new Map<string, ParagraphInfo[]>();
  let current: string | null = null;
  const itemOf = itemsOf(ctx);
  let at = 0;
  for (const pc of paragraphsOf(ctx.doc.body)) {
    const p = pc.paragraph;
    const old = before?.[at++];
    const same = old !== undefined && old.id === p.id && !dirty!.has(p.id) ? old : undefined;
    const heading = headingOf.get(p.id);
    let section: string | null;
    if (heading !== undefined) section = current = heading;
    else if (trailing.has(p.id)) section = null;
    else {
      section = owner.get(p.id) ?? (pc.table ? owner.get(pc.table.table.id) : undefined) ?? innermostOwner(pc.controlIds, owner) ?? current;
      if (!pc.table && section !== null) current = section;
    }
    const raw = same ? same.raw : paragraphText(p);
    const text = same ? same.text : cleanText(p.numbering?.label ? `${p.numbering.label}\t${raw}` : raw);
    const folded = same ? same.folded : fold(text);
    const inItem = pc.table || heading !== undefined ? undefined : itemOf.get(p.id);
    const tagged = itemFromControls(pc.controls);
    const isHeading = heading !== undefined;
    const tableId = pc.table?.table.id ?? null;
    const rowId = pc.table ? (pc.table.table.rows[pc.table.rowIndex]?.id ?? null) : null;
    const item = pc.table ? null : (tagged ?? inItem?.part ?? null);
    const isItemLabel = inItem?.label === true;
    // The same content in the same place: the previous entry (its paragraph is equal to this one).
    const info: ParagraphInfo =
      same &&
      same.section === section &&
      same.isHeading === isHeading &&
      same.tableId === tableId &&
      same.rowId === rowId &&
      same.item === item &&
      same.isItemLabel === isItemLabel &&
      same.runIn === undefined
        ? same
        : fresh({ paragraph: p, id: p.id, text, folded, section, isHeading, tableId, rowId, raw, item, isItemLabel }, tagged);
    out.push(info);
    if (section !== null) {
      push(allBySection, section, info);
      if (!info.isHeading && !info.tableId) push(bodyBySection, section, info);
      const runIn = heading !== undefined ? runInOf.get(p.id) : undefined;
      if (runIn) {
        const was = info === same ? runInBefore.get(p.id) : undefined;
        const body: ParagraphInfo = was && was.text === runIn ? was : { ...withoutMemo(info), text: runIn, folded: fold(runIn), isHeading: false, runIn: true };
        push(allBySection, section, body);
        push(bodyBySection, section, body);
      }
    }
  }
  if (previous) {
    keepSameLists(allBySection, previous.index.allBySection);
    keepSameLists(bodyBySection, previous.index.bodyBySection);
  }
  const planSection = new Map<string, PlanSection>();
  for (const s of ctx.plan.sections) if (!planSection.has(s.id)) planSection.set(s.id, s);
  return { paragraphs: out, bodyBySection, allBySection, present, planSection, guidance: guidanceOf(ctx.template) };
}

const guidanceMemo = new WeakMap<Template, Map<string, string[]>>();

/** Folded guidance paragraph → the sections that print it: one map per template (rules only read it). */
function guidanceOf(t: Template): Map<string, string[]> {
  let guidance = guidanceMemo.get(t);
  if (guidance) return guidance;
  guidance = new Map<string, string[]>();
  for (const s of t.sections)
    for (const g of s.guidance ?? []) {
      const k = fold(g);
      if (k) guidance.set(k, [...(guidance.get(k) ?? []), s.id]);
    }
  guidanceMemo.set(t, guidance);
  return guidance;
}

/** `paragraphs()` of @cds/model as an array, walked without a generator (the index is built on every pass). */
function paragraphsOf(body: readonly Block[]): ParagraphContext[] {
  const out: ParagraphContext[] = [];
  const walk = (b: Block, controls: ParagraphContext['controls'], controlIds: string[], table: ParagraphContext['table'], topIndex: number): void => {
    if (b.kind === 'paragraph') out.push({ paragraph: b, controls, controlIds, table, topIndex });
    else if (b.kind === 'blockControl') {
      const cs = [...controls, b.cc];
      const ids = [...controlIds, b.id];
      for (const c of b.children) walk(c, cs, ids, table, topIndex);
    } else
      for (let r = 0; r < b.rows.length; r++) {
        const row = b.rows[r]!;
        const rowControls = row.cc ? [...controls, row.cc] : controls;
        for (let c = 0; c < row.cells.length; c++) {
          const cell = row.cells[c]!;
          const cellControls = cell.cc ? [...rowControls, cell.cc] : rowControls;
          for (const inner of cell.blocks) walk(inner, cellControls, controlIds, { table: b, rowIndex: r, cellIndex: c, cell }, topIndex);
        }
      }
  };
  for (let i = 0; i < body.length; i++) walk(body[i]!, [], [], undefined, i);
  return out;
}

/** An entry's fields, without the rules' results memoised on it (a copy is another entry). */
function withoutMemo(e: ParagraphInfo): ParagraphInfo {
  if (!e.memo) return e;
  const { memo: _memo, ...rest } = e;
  return rest;
}

/** The item each entry's content controls give it (what `spliceIndex` cannot read again without walking the body). */
const taggedOf = new WeakMap<ParagraphInfo, ItemPart | null>();

function fresh(info: ParagraphInfo, tagged: ItemPart | null): ParagraphInfo {
  // Only for the incremental analyzer's indexes (built inside `memoising`): a single analysis never splices.
  if (memoOn()) taggedOf.set(info, tagged);
  return info;
}

/** Each entry's position in `paragraphs` by paragraph id, per index (and carried to the indexes spliced from it). */
const positionsOf = new WeakMap<RuleIndex, Map<string, number>>();

/** The entry of a paragraph by id (the last one when an id is found twice). */
export function entryOf(ix: RuleIndex, id: string): ParagraphInfo | undefined {
  const i = positions(ix).get(id);
  return i === undefined ? undefined : ix.paragraphs[i];
}

function positions(ix: RuleIndex): Map<string, number> {
  let m = positionsOf.get(ix);
  if (!m) {
    m = new Map();
    ix.paragraphs.forEach((p, i) => m!.set(p.id, i));
    positionsOf.set(ix, m);
  }
  return m;
}

/**
 * What `buildIndex(ctx, previous)` gives when the context has the previous pass's outline
 * and blocks, and only the `dirty` paragraphs' text (their new paragraphs given) and the
 * plan sections `sections` changed: the previous index with those sections' entries
 * redone, without walking the body. Null when that does not hold (a dirty paragraph
 * outside those sections): build the index instead.
 */
export function spliceIndex(
  ctx: RuleContext,
  previous: PreviousIndex,
  sections: ReadonlySet<string>,
  edited: ReadonlyMap<string, Paragraph>,
): RuleIndex | null {
  const prev = previous.index;
  const at = positions(prev);
  const itemOf = itemsOf(ctx);
  const paragraphs = prev.paragraphs.slice();
  const allBySection = new Map(prev.allBySection);
  const bodyBySection = new Map(prev.bodyBySection);
  let seen = 0;
  for (const id of sections) {
    const list = prev.allBySection.get(id);
    if (!list) continue;
    let changed = false;
    const next: ParagraphInfo[] = [];
    for (const e of list) {
      if (e.runIn) {
        next.push(e);
        continue;
      }
      const tagged = taggedOf.get(e);
      const i = at.get(e.id);
      // An entry not made by `build`, or a paragraph id found twice: only a build gives the same index.
      if (tagged === undefined || i === undefined || paragraphs[i] !== e) return null;
      const p = edited.get(e.id);
      if (p) seen++;
      const inItem = e.tableId !== null || e.isHeading ? undefined : itemOf.get(e.id);
      const item = e.tableId !== null ? null : (tagged ?? inItem?.part ?? null);
      const isItemLabel = inItem?.label === true;
      if (!p && item === e.item && isItemLabel === e.isItemLabel) {
        next.push(e);
        continue;
      }
      const raw = p ? paragraphText(p) : e.raw;
      const text = p ? cleanText(p.numbering?.label ? `${p.numbering.label}\t${raw}` : raw) : e.text;
      const info = fresh({ ...withoutMemo(e), paragraph: p ?? e.paragraph, text, folded: p ? fold(text) : e.folded, raw, item, isItemLabel }, tagged);
      paragraphs[i] = info;
      next.push(info);
      changed = true;
    }
    if (!changed) continue;
    allBySection.set(id, next);
    const body = next.filter((p) => !p.isHeading && !p.tableId);
    if (body.length) bodyBySection.set(id, body);
    else bodyBySection.delete(id);
  }
  if (seen !== edited.size) return null;
  const planSection = new Map<string, PlanSection>();
  for (const s of ctx.plan.sections) if (!planSection.has(s.id)) planSection.set(s.id, s);
  const ix: RuleIndex = { paragraphs, bodyBySection, allBySection, present: prev.present, planSection, guidance: prev.guidance };
  positionsOf.set(ix, at);
  return ix;
}

/** The a)/b) items as extraction found them (labels in any form, or item controls): one reading for every rule. */
function itemsOf(ctx: RuleContext): Map<string, { part: ItemPart; label: boolean }> {
  const itemOf = new Map<string, { part: ItemPart; label: boolean }>();
  for (const ps of ctx.plan.sections)
    for (const part of ITEM_PARTS) {
      const where = ps.items?.blocks?.[part];
      if (!where) continue;
      if (where.labelBlockId) itemOf.set(where.labelBlockId, { part, label: true });
      for (const id of where.contentBlockIds) itemOf.set(id, { part, label: false });
    }
  return itemOf;
}

interface OutlineMaps {
  present: Map<string, OutlineSection[]>;
  headingOf: Map<string, string>;
  owner: Map<string, string>;
  runInOf: Map<string, string>;
  trailing: Set<string>;
}

const outlineMemo = new WeakMap<Outline, OutlineMaps>();

/** What the index needs from an outline, built once per outline object (the incremental analyzer keeps it across passes). */
function outlineMaps(outline: Outline): OutlineMaps {
  let m = outlineMemo.get(outline);
  if (m) return m;
  const present = new Map<string, OutlineSection[]>();
  const headingOf = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const s of outline.sections) {
    present.set(s.id, [...(present.get(s.id) ?? []), s]);
    headingOf.set(s.headingBlockId, s.id);
    // "PHẦN THỨ NHẤT" + title on the next line: both lines are the heading, not body text.
    for (const b of s.headingContinuationIds ?? []) headingOf.set(b, s.id);
    for (const b of s.contentBlockIds) owner.set(b, s.id);
    if (s.controlId) owner.set(s.controlId, s.id);
  }
  const runInOf = new Map<string, string>();
  for (const s of outline.sections) if (s.runInText) runInOf.set(s.headingBlockId, s.runInText);
  // The signature block and annex titles after the plan belong to no section.
  const trailing = new Set(outline.trailingBlockIds ?? []);
  m = { present, headingOf, owner, runInOf, trailing };
  outlineMemo.set(outline, m);
  return m;
}

/** A section's new list whose entries are all the previous list's, in order, is replaced by that list. */
function keepSameLists(next: Map<string, ParagraphInfo[]>, prev: ReadonlyMap<string, ParagraphInfo[]>): void {
  for (const [k, list] of next) {
    const old = prev.get(k);
    if (old && old.length === list.length && old.every((p, i) => p === list[i])) next.set(k, old);
  }
}

const tagCache = new WeakMap<object, ReturnType<typeof parseTag>>();

function itemFromControls(controls: readonly { tag?: string }[]): ParagraphInfo['item'] {
  for (let i = controls.length - 1; i >= 0; i--) {
    const cc = controls[i]!;
    let t = tagCache.get(cc);
    if (t === undefined) tagCache.set(cc, (t = parseTag(cc.tag)));
    if (t?.kind === 'item') return t.part;
    if (t?.kind === 'section') return null;
  }
  return null;
}

function innermostOwner(controlIds: string[], owner: Map<string, string>): string | undefined {
  for (let i = controlIds.length - 1; i >= 0; i--) {
    const hit = owner.get(controlIds[i]!);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
