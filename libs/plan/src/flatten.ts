import type { Block, Paragraph, Table } from '@cds/model';
import { parseTag } from '@cds/template';

/** A body unit the plain recognizer walks: a paragraph outside tables, or a whole table. */
export type Unit = { kind: 'paragraph'; block: Paragraph } | { kind: 'table'; block: Table };

/**
 * The body as a flat sequence of paragraphs and tables, descending into block
 * controls (other add-ins' or our item/table controls) but never into tables:
 * a heading is never inside a table cell.
 */
export function flattenBody(body: readonly Block[]): Unit[] {
  const out: Unit[] = [];
  const visit = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') out.push({ kind: 'paragraph', block: b });
      else if (b.kind === 'table') out.push({ kind: 'table', block: b });
      else visit(b.children);
    }
  };
  visit(body);
  return out;
}

/** True when the body carries at least one of our section controls. */
export function hasSectionControls(body: readonly Block[]): boolean {
  for (const b of body) {
    if (b.kind === 'blockControl') {
      if (parseTag(b.cc.tag)?.kind === 'section') return true;
      if (hasSectionControls(b.children)) return true;
    }
  }
  return false;
}
