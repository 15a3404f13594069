import { cleanText, paragraphs, paragraphText } from '@cds/model';
import { fold } from './fold.js';
import { ITEM_PARTS, parseTag } from '@cds/template';
import type { ItemPart } from '@cds/template';
import type { Paragraph } from '@cds/model';
import type { OutlineSection, PlanSection } from '@cds/plan';
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

function build(ctx: RuleContext): RuleIndex {
  const present = new Map<string, OutlineSection[]>();
  const headingOf = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const s of ctx.outline.sections) {
    present.set(s.id, [...(present.get(s.id) ?? []), s]);
    headingOf.set(s.headingBlockId, s.id);
    // "PHẦN THỨ NHẤT" + title on the next line: both lines are the heading, not body text.
    for (const b of s.headingContinuationIds ?? []) headingOf.set(b, s.id);
    for (const b of s.contentBlockIds) owner.set(b, s.id);
    if (s.controlId) owner.set(s.controlId, s.id);
  }
  const out: ParagraphInfo[] = [];
  const bodyBySection = new Map<string, ParagraphInfo[]>();
  const allBySection = new Map<string, ParagraphInfo[]>();
  let current: string | null = null;
  // The a)/b) items as extraction found them (labels in any form, or item controls): one reading for every rule.
  const itemOf = new Map<string, { part: ItemPart; label: boolean }>();
  for (const ps of ctx.plan.sections)
    for (const part of ITEM_PARTS) {
      const where = ps.items?.blocks?.[part];
      if (!where) continue;
      if (where.labelBlockId) itemOf.set(where.labelBlockId, { part, label: true });
      for (const id of where.contentBlockIds) itemOf.set(id, { part, label: false });
    }
  const runInOf = new Map<string, string>();
  for (const s of ctx.outline.sections) if (s.runInText) runInOf.set(s.headingBlockId, s.runInText);
  // The signature block and annex titles after the plan belong to no section.
  const trailing = new Set(ctx.outline.trailingBlockIds ?? []);
  for (const pc of paragraphs(ctx.doc.body)) {
    const p = pc.paragraph;
    const heading = headingOf.get(p.id);
    let section: string | null;
    if (heading !== undefined) section = current = heading;
    else if (trailing.has(p.id)) section = null;
    else {
      section = owner.get(p.id) ?? (pc.table ? owner.get(pc.table.table.id) : undefined) ?? innermostOwner(pc.controlIds, owner) ?? current;
      if (!pc.table && section !== null) current = section;
    }
    const raw = paragraphText(p);
    const text = cleanText(p.numbering?.label ? `${p.numbering.label}\t${raw}` : raw);
    const folded = fold(text);
    const inItem = pc.table || heading !== undefined ? undefined : itemOf.get(p.id);
    const tagged = itemFromControls(pc.controls);
    const info: ParagraphInfo = {
      paragraph: p,
      id: p.id,
      text,
      folded,
      section,
      isHeading: heading !== undefined,
      tableId: pc.table?.table.id ?? null,
      rowId: pc.table ? (pc.table.table.rows[pc.table.rowIndex]?.id ?? null) : null,
      raw,
      item: pc.table ? null : (tagged ?? inItem?.part ?? null),
      isItemLabel: inItem?.label === true,
    };
    out.push(info);
    if (section !== null) {
      push(allBySection, section, info);
      if (!info.isHeading && !info.tableId) push(bodyBySection, section, info);
      const runIn = heading !== undefined ? runInOf.get(p.id) : undefined;
      if (runIn) {
        const body: ParagraphInfo = { ...info, text: runIn, folded: fold(runIn), isHeading: false, runIn: true };
        push(allBySection, section, body);
        push(bodyBySection, section, body);
      }
    }
  }
  const planSection = new Map<string, PlanSection>();
  for (const s of ctx.plan.sections) if (!planSection.has(s.id)) planSection.set(s.id, s);
  const guidance = new Map<string, string[]>();
  for (const s of ctx.template.sections)
    for (const g of s.guidance ?? []) {
      const k = fold(g);
      if (k) guidance.set(k, [...(guidance.get(k) ?? []), s.id]);
    }
  return { paragraphs: out, bodyBySection, allBySection, present, planSection, guidance };
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
