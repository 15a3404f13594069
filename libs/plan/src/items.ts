import { cleanText, foldKey, paragraphs, paragraphText } from '@cds/model';
import type { Block, BlockContentControl, Paragraph, Table } from '@cds/model';
import { parseTag } from '@cds/template';
import type { ResultItemSpec } from '@cds/template';
import type { ItemBlocks, LocatedItems } from './schema.js';

export type ItemPart = ResultItemSpec['part'];

/** What drafters type before an item title: "a)", "a.", "a/", "(a)", or a dash or bullet with no letter. */
const MARK = /^(?:\(?([a-zđ])\s*[)./]|[-–—+*•·◦▪>]+)\s*/i;
/** A Word numbering label that carries the item letter: "a)", "a.", "(a)". */
const LETTER_LABEL = /^\(?([a-zđ])\s*[)./]$/i;
/** Words drafters put before the title: "Về kết quả đạt được", "Những tồn tại, hạn chế". */
const LEAD_WORDS = /^(?:ve |nhung |cac |mot so )+/;
/** Title and its separator: "Kết quả đạt được:" / "Kết quả đạt được -" / "Kết quả đạt được." */
const SEPARATOR = /^\s*[:.;\-–—]/;
/** A long title may be followed by a few words before its colon ("Kết quả đạt được năm 2025:"). */
const TRAILING_WORDS_BEFORE_COLON = 4;

interface TitleKey {
  part: ItemPart;
  letter: string;
  key: string;
  words: number;
}

const keyCache = new WeakMap<readonly ResultItemSpec[], TitleKey[]>();
/** Folded titles and variants of the items, longest first (so "Tồn tại, hạn chế" wins over "Tồn tại"). */
function titleKeys(items: readonly ResultItemSpec[]): TitleKey[] {
  let keys = keyCache.get(items);
  if (!keys) {
    keys = items
      .flatMap((it) => [it.title, ...(it.titleVariants ?? [])].map((t) => ({ part: it.part, letter: it.label[0]!.toLowerCase(), key: foldKey(t) })))
      .map((k) => ({ ...k, words: k.key.split(' ').length }))
      .sort((a, b) => b.key.length - a.key.length);
    keyCache.set(items, keys);
  }
  return keys;
}

/** The original text after its first `n` words (diacritics, case and punctuation kept). */
function afterWords(text: string, n: number): string {
  if (n <= 0) return text;
  const word = /[\p{L}\p{N}]+/gu;
  let seen = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) if (++seen === n) return text.slice(m.index + m[0].length);
  return '';
}

/**
 * Which a)/b) item a paragraph opens, and the text after its label and title on
 * the same line. Labels come typed ("a) Kết quả đạt được: …", "a. …", "- Kết quả
 * đạt được:") or from Word numbering (label "a)"), with the template's title or one
 * of its variants ("Khó khăn, vướng mắc"). Without a letter, the title must stand
 * alone on its line or be followed by its colon ("Kết quả đạt được: Ban hành …"),
 * so a sentence that merely starts with "Kết quả" is not a label.
 */
export function itemStart(p: Paragraph, items: readonly ResultItemSpec[]): { part: ItemPart; rest: string } | null {
  const text = cleanText(paragraphText(p));
  const label = p.numbering?.label?.trim() ?? '';
  let letter: string | null = null;
  let body = text;
  const fromNumbering = LETTER_LABEL.exec(label);
  const typed = MARK.exec(text);
  if (fromNumbering) letter = fromNumbering[1]!.toLowerCase();
  else if (typed) {
    letter = typed[1]?.toLowerCase() ?? null;
    body = text.slice(typed[0].length);
  }
  const letters = items.map((it) => it.label[0]!.toLowerCase());
  if (letter !== null && !letters.includes(letter)) return null;
  const head = foldKey(body.slice(0, 120));
  const lead = LEAD_WORDS.exec(head)?.[0] ?? '';
  const bodyKey = head.slice(lead.length);
  const leadWords = lead ? lead.trim().split(' ').length : 0;
  for (const k of titleKeys(items)) {
    if (bodyKey !== k.key && !bodyKey.startsWith(`${k.key} `)) continue;
    if (letter !== null && letter !== k.letter) continue;
    const after = afterWords(body, leadWords + k.words);
    const rest = letter === null ? labelRest(after, k.words) : after;
    if (rest === null) continue;
    return { part: k.part, rest: rest.replace(/^[\s:.;\-–—]+/, '').trim() };
  }
  if (letter === null) return null;
  // A letter with a title the template does not know: the letter decides, the whole line is content.
  const part = items.find((it) => it.label[0]!.toLowerCase() === letter)!.part;
  return { part, rest: body.trim() };
}

/**
 * Without a letter, the text after the title when it is a label: the title ends the
 * line or its separator follows (a long title may take a few words before its colon,
 * "Kết quả đạt được năm 2025:"). Null when the title only starts a sentence.
 */
function labelRest(after: string, titleWords: number): string | null {
  if (!after.trim() || SEPARATOR.test(after)) return after;
  if (titleWords < 3) return null;
  const colon = after.indexOf(':');
  if (colon <= 0 || after.slice(0, colon).trim().split(/\s+/).length > TRAILING_WORDS_BEFORE_COLON) return null;
  return after.slice(colon + 1);
}

const textOf = (p: Paragraph): string => cleanText(paragraphText(p));

/**
 * The a)/b) items of a section from its blocks in order: each item runs from its
 * label to the next item label, tables included. Text is null for an item that is
 * absent and "" for one whose label is there with nothing under it; `blocks` says
 * where each item is (its label paragraph and content blocks).
 */
export function extractItems(blocks: readonly (Paragraph | Table)[], items: readonly ResultItemSpec[]): LocatedItems {
  const acc: Record<ItemPart, { lines: string[]; where: ItemBlocks } | null> = { results: null, shortcomings: null };
  let current: ItemPart | null = null;
  for (const b of blocks) {
    if (b.kind === 'table') {
      if (current) acc[current]!.where.contentBlockIds.push(b.id);
      continue;
    }
    const start = itemStart(b, items);
    if (start && acc[start.part] === null) {
      current = start.part;
      acc[current] = { lines: start.rest ? [start.rest] : [], where: { blockId: b.id, labelBlockId: b.id, contentBlockIds: [], controlId: null } };
      continue;
    }
    if (current) {
      const t = textOf(b);
      if (t) acc[current]!.lines.push(t);
      acc[current]!.where.contentBlockIds.push(b.id);
    }
  }
  return {
    results: acc.results?.lines.join('\n') ?? null,
    shortcomings: acc.shortcomings?.lines.join('\n') ?? null,
    blocks: { results: acc.results?.where ?? null, shortcomings: acc.shortcomings?.where ?? null },
  };
}

/**
 * The a)/b) items carried by `cds:item:<section>:<part>` controls directly inside
 * a section control (not inside its subsections): the control decides the part,
 * so content stays an item even if its "a)" line was deleted. Parts without a
 * control are left out.
 */
export function extractItemsFromControls(
  section: BlockContentControl,
  items: readonly ResultItemSpec[],
): Partial<Record<ItemPart, { text: string; blocks: ItemBlocks }>> {
  const out: Partial<Record<ItemPart, { text: string; blocks: ItemBlocks }>> = {};
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
      const labelled = start?.part === tag.part;
      const lines = labelled ? [start.rest, ...paras.slice(1).map(textOf)] : paras.map(textOf);
      const labelBlockId = labelled ? paras[0]!.id : null;
      out[tag.part] = {
        text: lines.filter(Boolean).join('\n'),
        blocks: { blockId: b.id, labelBlockId, contentBlockIds: b.children.map((c) => c.id).filter((id) => id !== labelBlockId), controlId: b.id },
      };
    }
  };
  visit(section.children);
  return out;
}
