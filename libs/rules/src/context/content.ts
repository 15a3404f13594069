import { fold } from './fold.js';
import type { RuleIndex } from './index.js';

/**
 * What counts as content: MST's guidance left verbatim, "[...]" placeholders,
 * and bare labels are not.
 */

/** "[...]", "[…]", "[các Nghị quyết; …]", "…/…", ".../...". */
const PLACEHOLDER = /\[[^\]]*(?:\.\.\.|…)[^\]]*\]|\[\s*\]|(?:\.{3}|…)\s*\/\s*(?:\.{3}|…)/;

const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, 'g');

/** The first placeholder in a text, or null. */
export function findPlaceholder(text: string): string | null {
  return PLACEHOLDER.exec(text)?.[0] ?? null;
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

/** True when a text has no content: blank, a placeholder, dashes or dots only ("%" is content: a unit). */
export function isBlankish(text: string): boolean {
  return !/[\p{L}\p{N}%‰₫$€]/u.test(text.replace(PLACEHOLDERS, ' '));
}

/** Removes a leading item label ("a) Kết quả đạt được:", with or without "a)") from an item's text; `title` is "Kết quả đạt được". */
export function stripItemLabel(text: string, labelTitle: string): string {
  const lines = text.split('\n');
  const title = fold(labelTitle);
  const first = fold(lines[0] ?? '').replace(/^[ab] /, '');
  if (first === title) lines.shift();
  return lines.join('\n');
}
