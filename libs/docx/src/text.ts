import type { Block, DocumentModel } from '@cds/model';
import { displayText } from '@cds/model';

/**
 * The `cli text` contract: body text in reading order, one paragraph per line,
 * each table cell's paragraphs on their own lines (row by row, cell by cell),
 * numbering labels as Word shows them ("1." + tab + text). Line breaks inside a
 * paragraph (`w:br`) start a new line, as in LibreOffice's text export.
 */
export function docxText(doc: DocumentModel): string[] {
  const out: string[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') out.push(...displayText(b).split('\n'));
      else if (b.kind === 'blockControl') walk(b.children);
      else for (const row of b.rows) for (const cell of row.cells) walk(cell.blocks);
    }
  };
  walk(doc.body);
  return out;
}
