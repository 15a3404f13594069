import { fold } from './fold.js';
import type { RuleIndex } from './index.js';

/**
 * What counts as content: MST's guidance left verbatim, "[...]" placeholders,
 * and bare labels are not.
 */

/** Characters scanned for placeholders: only read by the tests that bound the work. */
export const contentWork = { scanned: 0 };

/**
 * The placeholders of a text, in order: "[...]", "[…]", "[các Nghị quyết; …]" (brackets
 * holding an ellipsis), "[ ]", and "…/…", ".../...". A scanner, not a regex: one pass,
 * linear in the text (a backtracking pattern was cubic on "[...[...[..." without "]").
 */
export function placeholderSpans(text: string): [number, number][] {
  contentWork.scanned += text.length;
  const out: [number, number][] = [];
  let open = -1;
  let ellipsis = false;
  let nonBlank = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[') {
      // The leftmost "[" before a "]" starts the candidate (as the old pattern's match did).
      if (open < 0) {
        open = i;
        ellipsis = false;
        nonBlank = false;
      } else nonBlank = true;
      continue;
    }
    if (c === ']') {
      if (open >= 0 && (ellipsis || !nonBlank)) out.push([open, i + 1]);
      open = -1;
      continue;
    }
    const dots = ellipsisAt(text, i);
    if (dots > 0) {
      if (open >= 0) ellipsis = true;
      else {
        const end = slashPlaceholderEnd(text, i + dots);
        if (end > 0) {
          out.push([i, end]);
          i = end - 1;
          continue;
        }
      }
      i += dots - 1;
      continue;
    }
    if (open >= 0 && !/\s/.test(c)) nonBlank = true;
  }
  return out;
}

/** Length of an ellipsis ("…" or "...") starting at i, else 0. */
function ellipsisAt(text: string, i: number): number {
  if (text[i] === '…') return 1;
  return text.startsWith('...', i) ? 3 : 0;
}

/** After an ellipsis: "/" and another ellipsis (spaces allowed around the slash) → where it ends, else 0. */
function slashPlaceholderEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (text[j] !== '/') return 0;
  j++;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  const dots = ellipsisAt(text, j);
  return dots > 0 ? j + dots : 0;
}

/** The first placeholder in a text, or null. */
export function findPlaceholder(text: string): string | null {
  const first = placeholderSpans(text)[0];
  return first ? text.slice(first[0], first[1]) : null;
}

/** The text with its placeholders blanked out. */
function withoutPlaceholders(text: string): string {
  let out = '';
  let at = 0;
  for (const [a, b] of placeholderSpans(text)) {
    out += `${text.slice(at, a)} `;
    at = b;
  }
  return out + text.slice(at);
}

/** Guidance matching is on folded text; very short paragraphs never count as guidance. */
const MIN_GUIDANCE = 25;

/**
 * True when a folded paragraph is MST guidance: verbatim, or a verbatim part
 * making up at least half of a guidance paragraph (one of its sentences left
 * behind). A short quotation from a long guidance text (a citation the guidance
 * happens to name) is not guidance.
 */
export function isGuidance(ix: RuleIndex, folded: string): boolean {
  if (folded.length < MIN_GUIDANCE) return false;
  if (ix.guidance.has(folded)) return true;
  for (const g of ix.guidance.keys()) if (g.length > folded.length && folded.length * 2 >= g.length && g.includes(folded)) return true;
  return false;
}

const CONTENT = /[\p{L}\p{N}%‰₫$€]/u;

/**
 * The answers for the last few long texts. placeholder-left asks about an item's whole
 * text once per paragraph of the item holding a placeholder, so an item of thousands
 * of such paragraphs cost time quadratic in its length (8–45 s); asked again, the same
 * text is answered from here. Short texts are cheaper to scan than to look up; the few
 * long ones kept stay alive until the next long texts replace them.
 */
const LONG_TEXT = 1000;
const RECENT = 4;
const recent: { text: string; blank: boolean }[] = [];

/** True when a text has no content: blank, a placeholder, dashes or dots only ("%" is content: a unit). */
export function isBlankish(text: string): boolean {
  if (text.length < LONG_TEXT) return !CONTENT.test(withoutPlaceholders(text));
  // `===` is immediate for the same string and for strings of other lengths.
  for (const r of recent) if (r.text === text) return r.blank;
  const blank = !CONTENT.test(withoutPlaceholders(text));
  recent.unshift({ text, blank });
  if (recent.length > RECENT) recent.pop();
  return blank;
}

/** Removes a leading item label ("a) Kết quả đạt được:", with or without "a)") from an item's text; `title` is "Kết quả đạt được". */
export function stripItemLabel(text: string, labelTitle: string): string {
  const lines = text.split('\n');
  const title = fold(labelTitle);
  const first = fold(lines[0] ?? '').replace(/^[ab] /, '');
  if (first === title) lines.shift();
  return lines.join('\n');
}
