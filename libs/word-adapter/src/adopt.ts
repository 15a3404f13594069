/// <reference types="office-js" />
import type { Block } from '@cds/model';
import { extract, recognize, recognizeTable } from '@cds/plan';
import { ancestorsOf, getTemplate, headingOf, itemTag, sectionTag, tableTag } from '@cds/template';
import type { ItemPart } from '@cds/template';
import { readDocument, type WordReading } from './read.js';
import type { AdoptionPreview, AdoptionResult } from './types.js';

interface Wrap {
  tag: string;
  title: string;
  /** First and last top-level block ids of the range to wrap. */
  from: string;
  to: string;
  kind: 'section' | 'item' | 'table';
}

/** Top-level blocks in reading order (a table counts as one block; controls are looked into). */
function blockOrder(body: Block[]): Map<string, number> {
  const order = new Map<string, number>();
  const walk = (list: Block[]) => {
    for (const b of list) {
      order.set(b.id, order.size);
      if (b.kind === 'blockControl') walk(b.children);
    }
  };
  walk(body);
  return order;
}

/** What adoption would wrap, from one reading (pure). */
export function planAdoption(reading: WordReading, templateVersion?: string): { preview: AdoptionPreview; wraps: Wrap[] } {
  const t = getTemplate(templateVersion);
  const outline = recognize(reading.doc, t);
  const plan = extract(reading.doc, outline, t);
  const order = blockOrder(reading.doc.body);
  const byOrder = (ids: string[]) => ids.filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
  const wraps: Wrap[] = [];
  const firstOf = new Map<string, (typeof outline.sections)[number]>();
  for (const s of outline.sections) if (!firstOf.has(s.id)) firstOf.set(s.id, s);
  for (const s of firstOf.values()) {
    if (s.via === 'control') continue;
    const subtree = outline.sections.filter((o) => o === s || ancestorsOf(t, o.id).includes(s.id));
    const ids = byOrder(subtree.flatMap((o) => [o.headingBlockId, ...(o.headingContinuationIds ?? []), ...o.contentBlockIds]));
    const sec = t.sections.find((x) => x.id === s.id)!;
    if (ids.length) wraps.push({ tag: sectionTag(s.id), title: headingOf(sec), from: s.headingBlockId, to: ids.at(-1)!, kind: 'section' });
  }
  const items: AdoptionPreview['items'] = [];
  for (const ps of plan.sections) {
    for (const part of ['results', 'shortcomings'] as ItemPart[]) {
      const b = ps.items?.blocks?.[part];
      if (!b) continue;
      items.push({ section: ps.id, part });
      if (b.controlId || !b.labelBlockId) continue;
      const ids = byOrder([b.labelBlockId, ...b.contentBlockIds]);
      const spec = t.resultItems.find((r) => r.part === part)!;
      if (ids.length) wraps.push({ tag: itemTag(ps.id, part), title: `${spec.label} ${spec.title}`, from: ids[0]!, to: ids.at(-1)!, kind: 'item' });
    }
  }
  const tablesFound: AdoptionPreview['tables'] = [];
  const controlled = new Set<string>();
  const mark = (list: Block[], inTableControl: boolean) => {
    for (const b of list) {
      if (b.kind === 'blockControl') mark(b.children, inTableControl || (b.cc.tag ?? '').startsWith('cds:table:'));
      else if (b.kind === 'table' && inTableControl) controlled.add(b.id);
    }
  };
  mark(reading.doc.body, false);
  for (const b of reading.doc.body.flatMap(function flat(x: Block): Block[] {
    return x.kind === 'blockControl' ? x.children.flatMap(flat) : [x];
  })) {
    if (b.kind !== 'table') continue;
    const m = recognizeTable(b, t);
    if (!m) continue;
    const section = outline.sections.find((o) => o.contentBlockIds.includes(b.id))?.id ?? null;
    tablesFound.push({ kind: m.kind, section, rows: Math.max(0, b.rows.length - m.headerRows) });
    if (!controlled.has(b.id)) wraps.push({ tag: tableTag(m.kind), title: m.kind, from: b.id, to: b.id, kind: 'table' });
  }
  const sections = t.sections.map((s) => {
    const f = firstOf.get(s.id);
    return { id: s.id, heading: headingOf(s), level: s.level, found: f?.headingText ?? null, via: f?.via ?? null };
  });
  return {
    preview: {
      sections,
      tables: tablesFound,
      items,
      missing: sections.filter((s) => !s.found).map((s) => s.id),
      structured: outline.structured && wraps.length === 0,
    },
    wraps,
  };
}

/** Recognises the plain draft and says what adoption would do; changes nothing. */
export async function previewAdoption(templateVersion?: string): Promise<AdoptionPreview> {
  return planAdoption(await readDocument(), templateVersion).preview;
}

/**
 * Wraps the recognised sections, a)/b) items and tables in tagged content controls in
 * one batch (plus one to load the collections), without altering a character of the
 * text: `Range.expandTo` (WordApi 1.3) spans heading to last block, and
 * `insertContentControl` only adds the control around it.
 */
export async function adoptDocument(templateVersion?: string): Promise<AdoptionResult> {
  const reading = await readDocument();
  const { wraps } = planAdoption(reading, templateVersion);
  await Word.run(async (context) => {
    const body = context.document.body;
    const ps = body.paragraphs.load('items/text');
    const ts = body.tables.load('items/nestingLevel');
    await context.sync();
    const top = ts.items.filter((x) => x.nestingLevel <= 1);
    const rangeOf = (id: string, edge: 'Start' | 'End'): Word.Range | null => {
      const p = reading.places[id];
      if (p?.kind === 'paragraph') return ps.items[p.index]?.getRange(edge === 'Start' ? 'Start' : 'End') ?? null;
      if (p?.kind === 'table') return top[p.table]?.getRange(edge === 'Start' ? 'Start' : 'End') ?? null;
      return null;
    };
    // Outer sections first, then inner ones, items, tables: each range is computed before any control is added.
    const ranges = wraps.map((w) => {
      // A table is wrapped through its whole range (Table.getRange, WordApi 1.3).
      const place = reading.places[w.from];
      if (w.kind === 'table' && place?.kind === 'table') {
        const t = top[place.table];
        return t ? { w, r: t.getRange('Whole') } : null;
      }
      const a = rangeOf(w.from, 'Start');
      const b = rangeOf(w.to, 'End');
      return a && b ? { w, r: a.expandTo(b) } : null;
    });
    for (const x of ranges) {
      if (!x) continue;
      const cc = x.r.insertContentControl();
      cc.tag = x.w.tag;
      cc.title = x.w.title;
    }
    await context.sync();
  });
  return {
    wrappedSections: wraps.filter((w) => w.kind === 'section').length,
    wrappedItems: wraps.filter((w) => w.kind === 'item').length,
    wrappedTables: wraps.filter((w) => w.kind === 'table').length,
  };
}
