import { describe, expect, it } from 'vitest';
import type { Block, Paragraph } from './document.js';
import { blockControls, cellText, displayText, findBlock, paragraphs, tables } from './walk.js';

const p = (id: string, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  kind: 'paragraph',
  id,
  inlines: [{ kind: 'run', text }],
  ...extra,
});

const body: Block[] = [
  p('b0', 'Mở đầu'),
  {
    kind: 'blockControl',
    id: 'b1',
    cc: { tag: 'cds:section:P2.I' },
    children: [
      p('b1.b0', 'Căn cứ', { numbering: { numId: '1', level: 0, label: 'I.', format: 'upperRoman' } }),
      {
        kind: 'table',
        id: 'b1.b1',
        rows: [
          {
            id: 'b1.b1.r0',
            cc: { tag: 'cds:indicator:1' },
            cells: [
              { id: 'b1.b1.r0.c0', blocks: [p('b1.b1.r0.c0.b0', 'Tên'), p('b1.b1.r0.c0.b1', 'chỉ tiêu')] },
              { id: 'b1.b1.r0.c1', blocks: [{ kind: 'blockControl', id: 'x', cc: { tag: 'inner' }, children: [p('x.b0', '%')] }] },
            ],
          },
        ],
      },
    ],
  },
];

describe('paragraphs', () => {
  it('walks in reading order, through controls and table cells, with their context', () => {
    const seen = [...paragraphs(body)];
    expect(seen.map((c) => c.paragraph.id)).toEqual(['b0', 'b1.b0', 'b1.b1.r0.c0.b0', 'b1.b1.r0.c0.b1', 'x.b0']);
    const last = seen.at(-1)!;
    expect(last.controls.map((c) => c.tag)).toEqual(['cds:section:P2.I', 'cds:indicator:1', 'inner']);
    expect(last.table?.cellIndex).toBe(1);
    expect(last.topIndex).toBe(1);
  });
});

describe('helpers', () => {
  it('renders the numbering label before the text, tab-separated, as Word shows it', () => {
    expect(displayText(p('a', 'Căn cứ', { numbering: { numId: '1', level: 0, label: 'I.', format: 'upperRoman' } }))).toBe('I.\tCăn cứ');
  });
  it('joins a cell’s paragraphs with newlines', () => {
    const table = [...tables(body)][0]!;
    expect(cellText(table.rows[0]!.cells[0]!)).toBe('Tên\nchỉ tiêu');
  });
  it('finds nested blocks and lists block controls parent first', () => {
    expect(findBlock(body, 'x.b0')?.kind).toBe('paragraph');
    expect(findBlock(body, 'nope')).toBeUndefined();
    expect([...blockControls(body)].map((c) => c.cc.tag)).toEqual(['cds:section:P2.I', 'inner']);
  });
});
