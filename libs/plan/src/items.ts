import { cleanText, foldKey, paragraphs, paragraphText } from '@cds/model';
import type { Block, BlockContentControl, Paragraph } from '@cds/model';
import { parseTag } from '@cds/template';
import type { ResultItemSpec } from '@cds/template';

export type ItemPart = ResultItemSpec['part'];

/**
 * Which a)/b) item a paragraph opens, and the text after its label and title on
 * the same line. Labels come typed ("a) Kết quả đạt được: …") or from Word
 * numbering (label "a)"); a line that is only the item title without its letter
 * ("Kết quả đạt được:") counts too.
 */
export function itemStart(p: Paragraph, items: readonly ResultItemSpec[]): { part: ItemPart; rest: string } | null {
  const text = cleanText(paragraphText(p));
  const label = p.numbering?.label?.trim() ?? '';
  let letter: string | null = null;
  let body = text;
  const typed = /^([a-zđ])\s*\)\s*/i.exec(text);
  if (/^[a-zđ]\s*\)$/i.test(label)) letter = label[0]!.toLowerCase();
  else if (typed) {
    letter = typed[1]!.toLowerCase();
    body = text.slice(typed[0].length);
  }
  // Without a letter, only a short line can be a bare item title: skip folding long text.
  if (letter === null && body.length > Math.max(...items.map((it) => it.title.length)) + 2) return null;
  const bodyKey = foldKey(body.slice(0, 80));
  for (const it of items) {
    const titleKey = foldKey(it.title);
    const hasTitle = bodyKey === titleKey || bodyKey.startsWith(`${titleKey} `);
    const byLetter = letter !== null && letter === it.label[0]!.toLowerCase();
    if (byLetter || (letter === null && hasTitle)) {
      return { part: it.part, rest: hasTitle ? stripTitle(body, it.title) : body };
    }
  }
  return null;
}

/** Removes the item title and its colon from the start of the text, however it was typed. */
function stripTitle(body: string, title: string): string {
  const words = foldKey(title).split(' ').length;
  // Walk the original text word by word so diacritics and case are kept in the rest.
  const tokens = body.split(/(\s+)/);
  let seen = 0;
  let i = 0;
  for (; i < tokens.length && seen < words; i++) if (foldKey(tokens[i]!)) seen += foldKey(tokens[i]!).split(' ').length;
  return tokens.slice(i).join('').replace(/^[\s:.\-–]+/, '').trim();
}

/**
 * The a)/b) texts of a section from its paragraphs in order: each item runs from
 * its label to the next item label. Null for an item that is absent; "" for one
 * whose label is there with nothing under it.
 */
export function extractItems(paras: readonly Paragraph[], items: readonly ResultItemSpec[]): { results: string | null; shortcomings: string | null } {
  const acc: Record<ItemPart, string[] | null> = { results: null, shortcomings: null };
  let current: ItemPart | null = null;
  for (const p of paras) {
    const start = itemStart(p, items);
    if (start && acc[start.part] === null) {
      current = start.part;
      acc[current] = start.rest ? [start.rest] : [];
      continue;
    }
    if (current) {
      const t = cleanText(paragraphText(p));
      if (t) acc[current]!.push(t);
    }
  }
  return { results: acc.results?.join('\n') ?? null, shortcomings: acc.shortcomings?.join('\n') ?? null };
}

/**
 * The a)/b) texts carried by `cds:item:<section>:<part>` controls directly inside
 * a section control (not inside its subsections): the control decides the part,
 * so content stays an item even if its "a)" line was deleted. Parts without a
 * control are left out.
 */
export function extractItemsFromControls(section: BlockContentControl, items: readonly ResultItemSpec[]): Partial<Record<ItemPart, string>> {
  const out: Partial<Record<ItemPart, string>> = {};
  const visit = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind !== 'blockControl') continue;
      const tag = parseTag(b.cc.tag);
      if (tag?.kind === 'section') continue;
      if (tag?.kind !== 'item') {
        visit(b.children);
        continue;
      }
      const paras = [...paragraphs(b.children)].filter((c) => !c.table).map((c) => c.paragraph);
      const start = paras[0] ? itemStart(paras[0], items) : null;
      const lines = start?.part === tag.part ? [start.rest, ...paras.slice(1).map(textOf)] : paras.map(textOf);
      out[tag.part] = lines.filter(Boolean).join('\n');
    }
  };
  visit(section.children);
  return out;
}

const textOf = (p: Paragraph): string => cleanText(paragraphText(p));
