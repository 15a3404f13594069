import type { TableKind } from './types.js';

/**
 * The content-control tag scheme of structured plans. The add-in writes these
 * tags, the Word host and the .docx reader carry them, the recognizer reads them.
 *
 *   cds:section:<sectionId>               block control around a section (heading + body)
 *   cds:item:<sectionId>:results          block control around the a) item of an area
 *   cds:item:<sectionId>:shortcomings     block control around the b) item
 *   cds:table:<indicators|tasks|projects2025>   block control around a structured table
 *   cds:indicator:<catalogue code or n>   row control of an indicator row
 *   cds:task:<n>                          row control of a task/project row
 *   cds:project2025:<n>                   row control of a 2025 project row
 *
 * Keys never contain ':'; section ids are canonical (PRODUCT.md).
 */
export const TAG_PREFIX = 'cds';

export type { ItemPart } from './enums.js';
import type { ItemPart } from './enums.js';

export type ParsedTag =
  | { kind: 'section'; section: string }
  | { kind: 'item'; section: string; part: ItemPart }
  | { kind: 'table'; table: TableKind }
  | { kind: 'indicator'; key: string }
  | { kind: 'task'; key: string }
  | { kind: 'project2025'; key: string };

export const sectionTag = (sectionId: string): string => `${TAG_PREFIX}:section:${sectionId}`;
export const itemTag = (sectionId: string, part: ItemPart): string => `${TAG_PREFIX}:item:${sectionId}:${part}`;
export const tableTag = (kind: TableKind): string => `${TAG_PREFIX}:table:${kind}`;
/** Indicator rows are keyed by their catalogue code, or by their row number when they have none. */
export const indicatorTag = (codeOrNumber: string | number): string => `${TAG_PREFIX}:indicator:${safeKey(codeOrNumber)}`;
export const taskTag = (n: string | number): string => `${TAG_PREFIX}:task:${safeKey(n)}`;
export const project2025Tag = (n: string | number): string => `${TAG_PREFIX}:project2025:${safeKey(n)}`;

function safeKey(k: string | number): string {
  return String(k)
    .trim()
    .replace(/[:\s]+/g, '_');
}

const TABLE_KINDS: readonly string[] = ['indicators', 'tasks', 'projects2025'];

/** Reads one of our tags; null for anything else (other add-ins' tags, typos). */
export function parseTag(tag: string | undefined | null): ParsedTag | null {
  if (!tag) return null;
  const parts = tag.trim().split(':');
  if (parts[0] !== TAG_PREFIX || parts.length < 3) return null;
  const [, kind, a, b] = parts;
  if (!a) return null;
  switch (kind) {
    case 'section':
      return parts.length === 3 ? { kind: 'section', section: a } : null;
    case 'item':
      return parts.length === 4 && (b === 'results' || b === 'shortcomings') ? { kind: 'item', section: a, part: b } : null;
    case 'table':
      return parts.length === 3 && TABLE_KINDS.includes(a) ? { kind: 'table', table: a as TableKind } : null;
    case 'indicator':
    case 'task':
    case 'project2025':
      return parts.length === 3 ? { kind, key: a } : null;
    default:
      return null;
  }
}
