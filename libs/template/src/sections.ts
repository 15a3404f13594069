import { foldKey } from '@cds/model';
import type { Template, TemplateSection } from './types.js';

/** Per-template lookup tables, built once (templates are immutable data). */
interface Index {
  byId: Map<string, TemplateSection>;
  children: Map<string | null, TemplateSection[]>;
  order: Map<string, number>;
}
const cache = new WeakMap<Template, Index>();

function indexOf(t: Template): Index {
  let ix = cache.get(t);
  if (ix) return ix;
  ix = { byId: new Map(), children: new Map(), order: new Map() };
  t.sections.forEach((s, i) => {
    ix!.byId.set(s.id, s);
    ix!.order.set(s.id, i);
    const key = s.parent ?? null;
    const list = ix!.children.get(key) ?? [];
    list.push(s);
    ix!.children.set(key, list);
  });
  cache.set(t, ix);
  return ix;
}

/** The section with this canonical id, or undefined. */
export function sectionById(t: Template, id: string): TemplateSection | undefined {
  return indexOf(t).byId.get(id);
}

/** Direct children of a section in template order; `null` gives the top level (the Phần). */
export function childrenOf(t: Template, id: string | null): readonly TemplateSection[] {
  return indexOf(t).children.get(id) ?? [];
}

/** Position of a section in the template's reading order (-1 when unknown). */
export function templateOrder(t: Template, id: string): number {
  return indexOf(t).order.get(id) ?? -1;
}

/** Ancestor ids of a section, nearest first. */
export function ancestorsOf(t: Template, id: string): string[] {
  const out: string[] = [];
  let cur = sectionById(t, id)?.parent;
  while (cur) {
    out.push(cur);
    cur = sectionById(t, cur)?.parent;
  }
  return out;
}

/**
 * The heading as a plan must print it: "Phần I. ĐÁNH GIÁ …", "III. NHIỆM VỤ",
 * "6. An toàn thông tin mạng", "2.1. Công tác …".
 */
export function headingOf(s: TemplateSection): string {
  return s.level === 0 ? `Phần ${s.number}. ${s.title}` : `${s.number}. ${s.title}`;
}

/** Folded keys a heading is matched with: its number and every accepted title wording. */
export interface SectionKeys {
  number: string;
  titles: string[];
}

export function sectionKeys(s: TemplateSection): SectionKeys {
  const titles = [s.title, ...(s.titleVariants ?? [])].map(foldKey);
  return { number: s.number.toLowerCase(), titles: [...new Set(titles)] };
}

/** Sections that carry the a)/b) items, in template order. */
export function resultItemSections(t: Template): TemplateSection[] {
  return t.sections.filter((s) => s.hasResultItems);
}
