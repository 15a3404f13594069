import type { DocumentModel } from '@cds/model';
import { describe, expect, it } from 'vitest';
import { docxText } from './index.js';
import { para } from './testing/models.js';

describe('docxText (the cli text contract)', () => {
  it('prints paragraphs in reading order with numbering labels, cells one paragraph per line, breaks as new lines', () => {
    const doc: DocumentModel = {
      defaults: {},
      sections: [],
      body: [
        para('Mục tiêu', { numbering: { numId: '1', level: 0, label: 'II.', format: 'upperRoman' } }),
        {
          kind: 'blockControl',
          id: 'c',
          cc: { tag: 'cds:section:P2.II.1' },
          children: [
            {
              kind: 'paragraph',
              id: 'p',
              inlines: [
                { kind: 'run', text: 'Đạt ' },
                { kind: 'inlineControl', id: 'i', cc: {}, children: [{ kind: 'run', text: '95%' }] },
                { kind: 'run', text: ' năm 2026\nvà hơn' },
              ],
            },
          ],
        },
        {
          kind: 'table',
          id: 't',
          rows: [
            {
              id: 'r0',
              cells: [
                { id: 'c0', blocks: [para('TT')] },
                { id: 'c1', blocks: [para('Tên'), para('chỉ tiêu')] },
              ],
            },
            {
              id: 'r1',
              cells: [
                { id: 'c2', blocks: [para('1')] },
                { id: 'c3', blocks: [para('Tỷ lệ', { numbering: { numId: '2', level: 0, label: 'a)', format: 'lowerLetter' } })] },
              ],
            },
          ],
        },
        para(''),
      ],
    };
    expect(docxText(doc)).toEqual(['II.\tMục tiêu', 'Đạt 95% năm 2026', 'và hơn', 'TT', 'Tên', 'chỉ tiêu', '1', 'a)\tTỷ lệ', '']);
  });
});
