/// <reference types="office-js" />
/**
 * Members not exercised elsewhere, each against its reference page:
 * https://learn.microsoft.com/javascript/api/word/word.paragraph
 * https://learn.microsoft.com/javascript/api/word/word.range
 * https://learn.microsoft.com/javascript/api/word/word.font#word-word-font-underline-member
 * https://learn.microsoft.com/javascript/api/word/word.contentcontrol
 * https://learn.microsoft.com/javascript/api/word/word.table
 * https://learn.microsoft.com/javascript/api/word/word.tablerow#word-word-tablerow-insertrows-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.customxmlpart#word-word-customxmlpart-setxml-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.documentproperties
 * https://learn.microsoft.com/javascript/api/word/word.contentcontrolcollection#word-word-contentcontrolcollection-getbytypes-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.document#word-word-document-onparagraphdeleted-member
 */
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { NotImplementedError } from '../runtime/guard.js';
import { control, doc, para, table, texts } from '../testing/fixtures.js';
import { rejectsWith } from '../testing/expect.js';

const plan = () =>
  doc(
    para('a', 'Một'),
    control('c', { tag: sectionTag('P1'), placeholderText: 'Nhập nội dung' }, [para('b', 'Hai')]),
    table('t', [
      ['x', 'y'],
      ['z', 'w'],
    ]),
  );

describe('paragraphs', () => {
  it('getPrevious fails with ItemNotFound at the first paragraph; getPreviousOrNullObject is null there; isLastParagraph', async () => {
    const { Word } = createWordHostCore({ document: plan() });
    await rejectsWith(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getPrevious().load('text');
        await context.sync();
      }),
      'ItemNotFound',
    );
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      const none = ps.getFirst().getPreviousOrNullObject();
      const last = ps.getLastOrNullObject();
      last.load('isLastParagraph,text');
      await context.sync();
      expect([none.isNullObject, last.isLastParagraph, last.text]).toEqual([true, true, 'w']);
    });
  });

  it('leftIndent, spaceBefore and lineSpacing (points) read back', async () => {
    const { Word } = createWordHostCore({ document: plan() });
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.leftIndent = 18;
      p.spaceBefore = 6;
      p.lineSpacing = 18;
      p.load('leftIndent,spaceBefore,lineSpacing');
      await context.sync();
      expect([Math.round(p.leftIndent), p.spaceBefore, p.lineSpacing]).toEqual([18, 6, 18]);
    });
  });

  it('parentTable of a cell paragraph; outside a table parentTable is ItemNotFound and parentTableOrNullObject is null', async () => {
    const { Word } = createWordHostCore({ document: plan() });
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items');
      await context.sync();
      const t = ps.items[2]!.parentTable;
      const none = ps.items[0]!.parentTableOrNullObject;
      const ccNone = context.document.contentControls.getFirst().parentTableOrNullObject;
      t.load('rowCount');
      await context.sync();
      expect([t.rowCount, none.isNullObject, ccNone.isNullObject]).toEqual([2, true, true]);
    });
  });

  it('onParagraphDeleted fires when the user deletes a paragraph', async () => {
    const host = createWordHostCore({ document: plan() });
    const seen: number[] = [];
    await host.Word.run(async (context) => {
      context.document.onParagraphDeleted.add(async (e) => void seen.push(e.uniqueLocalIds.length));
      await context.sync();
    });
    await host.user.deleteBlock('a');
    expect(seen).toEqual([1]);
  });
});

describe('ranges, fonts, controls', () => {
  it('Range.isEmpty; expandToOrNullObject', async () => {
    const { Word } = createWordHostCore({ document: plan() });
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const point = p.getRange('Start');
      const wide = point.expandToOrNullObject(p.getRange('End'));
      point.load('isEmpty');
      wide.load('text,isEmpty');
      await context.sync();
      expect([point.isEmpty, wide.isNullObject, wide.text, wide.isEmpty]).toEqual([true, false, 'Một', false]);
    });
  });

  it('Font.underline is Single or None in the model; other styles are refused loudly', async () => {
    const { Word } = createWordHostCore({ document: plan() });
    await Word.run(async (context) => {
      const f = context.document.body.paragraphs.getFirst().font;
      f.underline = 'Single';
      f.load('underline');
      await context.sync();
      expect(f.underline).toBe('Single');
      expect(() => (f.underline = 'Double')).toThrow(NotImplementedError);
    });
  });

  it('ContentControl.placeholderText reads and writes', async () => {
    const { Word } = createWordHostCore({ document: plan() });
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.load('placeholderText');
      await context.sync();
      expect(cc.placeholderText).toBe('Nhập nội dung');
      cc.placeholderText = 'Ghi kết quả';
      cc.load('placeholderText');
      await context.sync();
      expect(cc.placeholderText).toBe('Ghi kết quả');
    });
  });

  it('ContentControlCollection.getByTypes: RichText keeps them, CheckBox none', async () => {
    const { Word } = createWordHostCore({ document: plan() });
    await Word.run(async (context) => {
      const rich = context.document.contentControls.getByTypes(['RichText' as Word.ContentControlType]);
      const boxes = context.document.contentControls.getByTypes(['CheckBox' as Word.ContentControlType]);
      rich.load('items');
      boxes.load('items');
      await context.sync();
      expect([rich.items.length, boxes.items.length]).toEqual([1, 0]);
    });
  });
});

describe('tables', () => {
  it('TableRow.insertRows, Table.deleteRows, Table.getCellOrNullObject', async () => {
    const host = createWordHostCore({ document: plan() });
    await host.Word.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.rows.getFirst().insertRows('After', 1, [['m', 'n']]);
      t.deleteRows(2, 1);
      const outside = t.getCellOrNullObject(5, 5);
      t.load('values');
      await context.sync();
      expect([t.values, outside.isNullObject]).toEqual([
        [
          ['x', 'y'],
          ['m', 'n'],
        ],
        true,
      ]);
    });
    expect(texts(host.document).slice(-4)).toEqual(['x', 'y', 'm', 'n']);
  });
});

describe('custom XML and properties', () => {
  it('CustomXmlPart.setXml replaces the part', async () => {
    const { Word } = createWordHostCore();
    await Word.run(async (context) => {
      const part = context.document.customXmlParts.add('<a xmlns="urn:cds"/>');
      part.setXml('<b xmlns="urn:cds">1</b>');
      const xml = part.getXml();
      await context.sync();
      expect(xml.value).toBe('<b xmlns="urn:cds">1</b>');
    });
  });

  it('DocumentProperties: category, comments, company, keywords, manager, subject write and read; lastAuthor, revisionNumber, security, template read', async () => {
    const { Word } = createWordHostCore();
    await Word.run(async (context) => {
      const p = context.document.properties;
      p.category = 'Kế hoạch';
      p.comments = 'Bản nháp';
      p.company = 'UBND tỉnh';
      p.keywords = 'CĐS';
      p.manager = 'Giám đốc Sở';
      p.subject = 'Chuyển đổi số';
      p.author = 'Chuyên viên';
      p.load('category,comments,company,keywords,manager,subject,lastAuthor,revisionNumber,security,template');
      await context.sync();
      expect([p.category, p.comments, p.company, p.keywords, p.manager, p.subject]).toEqual([
        'Kế hoạch',
        'Bản nháp',
        'UBND tỉnh',
        'CĐS',
        'Giám đốc Sở',
        'Chuyển đổi số',
      ]);
      expect([p.lastAuthor, p.revisionNumber, p.security, p.template]).toEqual(['Chuyên viên', '1', 0, 'Normal.dotm']);
    });
  });
});
