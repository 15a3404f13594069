import type { Block, DocumentModel, Paragraph, Table, TableCell } from '@cds/model';
import { inlineTextOf, isDocument, type Node } from './tree.js';

/** Word's paragraph mark as it appears in multi-paragraph `text` values. */
export const PARAGRAPH_MARK = '\r';

/**
 * Text as the API gives it: a manual line break, '\n' in the model, reads as '\v'
 * (vertical tab, U+000B), as in Word (office-js#1755, #4275, #5403).
 */
export const apiText = (s: string): string => s.replace(/\n/g, '\u000b');

/** Text of a node as the API's `text` property gives it: paragraphs joined by a paragraph mark. */
export function nodeText(node: Node | DocumentModel): string {
  if (isDocument(node)) return blocksText(node.body);
  if ('kind' in node) {
    switch (node.kind) {
      case 'paragraph':
        return inlineTextOf(node.inlines);
      case 'inlineControl':
        return inlineTextOf(node.children);
      case 'blockControl':
        return blocksText(node.children);
      case 'table':
        return tableText(node);
    }
  }
  if ('blocks' in node) return cellValue(node);
  return node.cells.map(cellValue).join('\t');
}

function blocksText(blocks: readonly Block[]): string {
  return blocks.map((b) => nodeText(b)).join(PARAGRAPH_MARK);
}

function tableText(t: Table): string {
  return t.rows.map((r) => r.cells.map(cellValue).join('\t')).join(PARAGRAPH_MARK);
}

/** `TableCell.value` / `Table.values` entry: the cell's paragraphs joined by a paragraph mark. */
export function cellValue(cell: TableCell): string {
  return blocksText(cell.blocks);
}

/** The paragraph text only (no list label), as `Paragraph.text` returns it. */
export function paragraphText(p: Paragraph): string {
  return inlineTextOf(p.inlines);
}
