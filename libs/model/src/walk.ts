import type { Block, BlockContentControl, ContentControlProps, Inline, Paragraph, Table, TableCell } from './document.js';

/** The visible text of a run sequence, inline controls included. */
export function inlineText(inlines: readonly Inline[]): string {
  let out = '';
  for (const i of inlines) out += i.kind === 'run' ? i.text : inlineText(i.children);
  return out;
}

/** A paragraph's text without its numbering label. */
export function paragraphText(p: Paragraph): string {
  return inlineText(p.inlines);
}

/** A paragraph's text as Word shows it: numbering label, a tab, then the text. */
export function displayText(p: Paragraph): string {
  const text = paragraphText(p);
  return p.numbering && p.numbering.label ? `${p.numbering.label}\t${text}` : text;
}

/** Where a paragraph sits: the chain of enclosing controls and the table cell, if any. */
export interface ParagraphContext {
  paragraph: Paragraph;
  /** Enclosing block/row/cell/inline-free content controls, outermost first. */
  controls: ContentControlProps[];
  /** Ids of the enclosing block controls, outermost first. */
  controlIds: string[];
  table?: { table: Table; rowIndex: number; cellIndex: number; cell: TableCell };
  /** Index of the top-level body block this paragraph belongs to. */
  topIndex: number;
}

/** Every paragraph in reading order, tables row by row, cell by cell. */
export function* paragraphs(body: readonly Block[]): Generator<ParagraphContext> {
  for (let i = 0; i < body.length; i++) yield* walkBlock(body[i]!, [], [], undefined, i);
}

function* walkBlock(
  b: Block,
  controls: ContentControlProps[],
  controlIds: string[],
  table: ParagraphContext['table'],
  topIndex: number,
): Generator<ParagraphContext> {
  if (b.kind === 'paragraph') {
    yield { paragraph: b, controls, controlIds, table, topIndex };
  } else if (b.kind === 'blockControl') {
    for (const c of b.children) yield* walkBlock(c, [...controls, b.cc], [...controlIds, b.id], table, topIndex);
  } else {
    for (let r = 0; r < b.rows.length; r++) {
      const row = b.rows[r]!;
      const rowControls = row.cc ? [...controls, row.cc] : controls;
      for (let c = 0; c < row.cells.length; c++) {
        const cell = row.cells[c]!;
        const cellControls = cell.cc ? [...rowControls, cell.cc] : rowControls;
        for (const inner of cell.blocks) yield* walkBlock(inner, cellControls, controlIds, { table: b, rowIndex: r, cellIndex: c, cell }, topIndex);
      }
    }
  }
}

/** Every table in reading order, including tables nested in controls and cells. */
export function* tables(body: readonly Block[]): Generator<Table> {
  for (const b of body) {
    if (b.kind === 'table') {
      yield b;
      for (const row of b.rows) for (const cell of row.cells) yield* tables(cell.blocks);
    } else if (b.kind === 'blockControl') yield* tables(b.children);
  }
}

/** Every block content control in document order, nested ones after their parent. */
export function* blockControls(body: readonly Block[]): Generator<BlockContentControl> {
  for (const b of body) {
    if (b.kind === 'blockControl') {
      yield b;
      yield* blockControls(b.children);
    } else if (b.kind === 'table') {
      for (const row of b.rows) for (const cell of row.cells) yield* blockControls(cell.blocks);
    }
  }
}

/** Text of a table cell: its paragraphs joined by newlines. */
export function cellText(cell: TableCell): string {
  const out: string[] = [];
  for (const ctx of paragraphs(cell.blocks)) out.push(displayText(ctx.paragraph));
  return out.join('\n');
}

/** Finds a block (or cell/row) by id anywhere in the tree. */
export function findBlock(body: readonly Block[], id: string): Block | undefined {
  for (const b of body) {
    if (b.id === id) return b;
    if (b.kind === 'blockControl') {
      const hit = findBlock(b.children, id);
      if (hit) return hit;
    } else if (b.kind === 'table') {
      for (const row of b.rows)
        for (const cell of row.cells) {
          const hit = findBlock(cell.blocks, id);
          if (hit) return hit;
        }
    }
  }
  return undefined;
}
