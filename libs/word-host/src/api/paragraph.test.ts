/// <reference types="office-js" />
/** Paragraphs: https://learn.microsoft.com/javascript/api/word/word.paragraph */
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { doc, heading, para, sampleDocument, table, texts } from '../testing/fixtures.js';

describe('Paragraph properties', () => {
  it('reports style, styleBuiltIn, outlineLevel (1–9, 10 = body text), isListItem and tableNestingLevel', async () => {
    const listItem = para('l', 'Mục a', { numbering: { numId: '1', level: 0, label: 'a)', format: 'lowerLetter' } });
    const { Word } = createWordHostCore({ document: doc(heading('h', 'I. MỤC TIÊU'), listItem, table('t', [['ô']]), para('x', 'Thường')) });
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel,items/text');
      await context.sync();
      expect(ps.items.map((p) => [p.text, p.style, p.styleBuiltIn, p.outlineLevel, p.isListItem, p.tableNestingLevel])).toEqual([
        ['I. MỤC TIÊU', 'Heading 1', 'Heading1', 1, false, 0],
        ['Mục a', 'Normal', 'Normal', 10, true, 0],
        ['ô', 'Normal', 'Normal', 10, false, 1],
        ['Thường', 'Normal', 'Normal', 10, false, 0],
      ]);
    });
  });

  it('sets styleBuiltIn, alignment, indents and spacing in points, and font', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'Căn giữa')) });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.styleBuiltIn = 'Heading2' as Word.BuiltInStyleName;
      p.alignment = 'Centered';
      p.firstLineIndent = 36;
      p.spaceAfter = 6;
      p.font.bold = true;
      p.font.color = '#C00000';
      p.load('style,alignment,firstLineIndent,spaceAfter,font/bold,font/color');
      await context.sync();
      expect([p.style, p.alignment, Math.round(p.firstLineIndent), p.spaceAfter, p.font.bold, p.font.color]).toEqual([
        'Heading 2',
        'Centered',
        36,
        6,
        true,
        '#C00000',
      ]);
    });
    expect(host.document.body[0]).toMatchObject({
      styleId: 'Heading2',
      props: { alignment: 'center', spacingAfterPt: 6 },
      inlines: [{ props: { bold: true, color: 'C00000' } }],
    });
  });
});

describe('list items (Paragraph.listItem, WordApi 1.3)', () => {
  it('gives the label Word shows and the level; a plain paragraph has a null listItemOrNullObject', async () => {
    const a = para('a', 'Hạ tầng', { numbering: { numId: '3', level: 1, label: 'a)', format: 'lowerLetter' } });
    const b = para('b', 'Dữ liệu', { numbering: { numId: '3', level: 1, label: 'b)', format: 'lowerLetter' } });
    const { Word } = createWordHostCore({ document: doc(a, b, para('c', 'Thường')) });
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items');
      await context.sync();
      const items = ps.items.map((p) => p.listItemOrNullObject.load('listString,level,siblingIndex'));
      await context.sync();
      expect(items.map((li) => (li.isNullObject ? null : [li.listString, li.level, li.siblingIndex]))).toEqual([['a)', 1, 0], ['b)', 1, 1], null]);
      ps.items[2]!.listItem.load('listString');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });
});

describe('Paragraph methods', () => {
  it('inserts paragraphs before and after, the new one taking the paragraph’s style as Enter does', async () => {
    const host = createWordHostCore({ document: doc(heading('h', 'II. NHIỆM VỤ', 2)) });
    await host.Word.run(async (context) => {
      const h = context.document.body.paragraphs.getFirst();
      const after = h.insertParagraph('1. Hạ tầng số', 'After');
      h.insertParagraph('Phần II', 'Before');
      after.load('style');
      await context.sync();
      expect(after.style).toBe('Heading 2');
    });
    expect(texts(host.document)).toEqual(['Phần II', 'II. NHIỆM VỤ', '1. Hạ tầng số']);
  });

  it('walks with getNext / getNextOrNullObject and deletes', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'một'), para('b', 'hai')) });
    await host.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const second = first.getNext();
      const none = second.getNextOrNullObject();
      second.load('text');
      await context.sync();
      expect([second.text, none.isNullObject]).toEqual(['hai', true]);
      first.delete();
      await context.sync();
    });
    expect(texts(host.document)).toEqual(['hai']);
  });

  it('keeps one empty paragraph in a control when its last paragraph is deleted', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    await host.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst();
      cc.paragraphs.getFirst().delete();
      cc.paragraphs.load('items/text');
      await context.sync();
      expect(cc.paragraphs.items.map((p) => p.text)).toEqual(['']);
    });
  });
});
