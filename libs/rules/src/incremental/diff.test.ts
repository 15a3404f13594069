import { describe, expect, it } from 'vitest';
import type { DocumentModel, Paragraph } from '@cds/model';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { deepEqual, diffDocuments } from './diff.js';

describe('deepEqual', () => {
  it('compares plain data by value', () => {
    expect(deepEqual({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual(1, '1')).toBe(false);
  });
  it('tells a field set to undefined from a missing one, both ways', () => {
    expect(deepEqual({ k: undefined }, {})).toBe(false);
    expect(deepEqual({}, { k: undefined })).toBe(false);
    expect(deepEqual({ x: undefined, y: 1 }, { y: 1, z: 2 })).toBe(false);
    expect(deepEqual({ k: undefined }, { k: undefined })).toBe(true);
  });
});

describe('diffDocuments', () => {
  const doc = buildCleanPlanModel({ form: 'structured' });
  const firstParagraph = (d: DocumentModel): Paragraph => {
    const visit = (bs: DocumentModel['body']): Paragraph | undefined => {
      for (const b of bs) {
        if (b.kind === 'paragraph' && b.inlines.some((i) => i.kind === 'run')) return b;
        if (b.kind === 'blockControl') {
          const p = visit(b.children);
          if (p) return p;
        }
      }
      return undefined;
    };
    return visit(d.body)!;
  };

  it('a new reading of the same document is the same', () => {
    expect(diffDocuments(doc, structuredClone(doc)).diff).toEqual({ kind: 'same' });
  });
  it('text typed into a paragraph is an edit of that paragraph', () => {
    const next = structuredClone(doc);
    const p = firstParagraph(next);
    (p.inlines.find((i) => i.kind === 'run') as { text: string }).text += ' thêm';
    const { diff } = diffDocuments(doc, next);
    expect(diff.kind).toBe('edits');
    expect(diff.kind === 'edits' && diff.edits.map((e) => e.id)).toEqual([p.id]);
  });
  it('anything else is another document', () => {
    const styled = structuredClone(doc);
    firstParagraph(styled).styleId = 'Heading1';
    expect(diffDocuments(doc, styled).diff.kind).toBe('other');
    const removed = structuredClone(doc);
    removed.body.pop();
    expect(diffDocuments(doc, removed).diff.kind).toBe('other');
    const header = structuredClone(doc);
    header.headerText = ['BỘ Y TẾ'];
    expect(diffDocuments(doc, header).diff.kind).toBe('other');
  });
});
