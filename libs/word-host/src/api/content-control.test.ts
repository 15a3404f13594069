/// <reference types="office-js" />
/**
 * Content controls: https://learn.microsoft.com/javascript/api/word/word.contentcontrol
 * and https://learn.microsoft.com/javascript/api/word/word.contentcontrolcollection
 * Locks follow ECMA-376 w:lock (sdtLocked = cannot delete, contentLocked = cannot edit).
 */
import { indicatorTag, sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { blockControls } from '@cds/model';
import { createWordHostCore } from '../host.js';
import { rejectsWith } from '../testing/expect.js';
import { doc, para, sampleDocument, texts } from '../testing/fixtures.js';

describe('ContentControlCollection', () => {
  it('finds controls by tag (an empty collection, not an error, when none has it), by title and by id', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (context) => {
      const ccs = context.document.contentControls;
      const byTag = ccs.getByTag(sectionTag('P1.I'));
      const none = ccs.getByTag(sectionTag('P2.IX'));
      const byTitle = ccs.getByTitle('Phần II');
      const byId = ccs.getById(104);
      byTag.load('items/text');
      none.load('items');
      byTitle.load('items/tag');
      byId.load('text,subtype');
      await context.sync();
      expect(byTag.items.map((c) => c.text)).toEqual(['Hạ tầng số.']);
      expect(none.items).toEqual([]);
      expect(byTitle.items.map((c) => c.tag)).toEqual([sectionTag('P2')]);
      expect([byId.text, byId.subtype]).toEqual(['Bộ KH&CN', 'RichTextInline']);
    });
  });

  it('lists nested controls after their parent, and a control lists only what it contains', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (context) => {
      const outer = context.document.contentControls.getByTag(sectionTag('P1')).getFirst();
      const inner = outer.contentControls;
      inner.load('items/tag');
      const innerParent = outer.contentControls.getFirst().parentContentControl;
      innerParent.load('tag');
      await context.sync();
      expect(inner.items.map((c) => c.tag)).toEqual([sectionTag('P1.I')]);
      expect(innerParent.tag).toBe(sectionTag('P1'));
    });
  });
});

describe('creating and editing controls', () => {
  it('wraps a paragraph in a tagged control and fills a section with paragraphs and a table', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'III. TỔ CHỨC THỰC HIỆN')) });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const cc = p.insertContentControl();
      cc.tag = sectionTag('P2.III');
      cc.title = 'Tổ chức thực hiện';
      cc.appearance = 'Tags';
      cc.color = '#1F4E79';
      cc.insertParagraph('Sở KH&CN chủ trì.', 'End');
      cc.insertTable(2, 2, 'End', [
        ['Nhiệm vụ', 'Hạn'],
        ['Triển khai', '31/12/2026'],
      ]);
      cc.load('id,text');
      await context.sync();
      expect(cc.id).toBeGreaterThan(0);
      expect(cc.text).toBe('III. TỔ CHỨC THỰC HIỆN\rSở KH&CN chủ trì.\rNhiệm vụ\tHạn\rTriển khai\t31/12/2026');
    });
    const [ctl] = [...blockControls(host.document.body)];
    expect(ctl?.cc).toMatchObject({ tag: sectionTag('P2.III'), title: 'Tổ chức thực hiện', appearance: 'tags', color: '1F4E79' });
    expect(ctl?.children.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table']);
  });

  it('makes an inline control around found text (a search result range)', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'Tỷ lệ đạt 80% năm 2026.')) });
    await host.Word.run(async (context) => {
      const hits = context.document.body.search('80%');
      hits.load('items/text');
      await context.sync();
      const cc = hits.items[0]!.insertContentControl();
      cc.tag = 'cds:indicator:x';
      cc.load('text,subtype');
      await context.sync();
      expect([cc.text, cc.subtype]).toEqual(['80%', 'RichTextInline']);
    });
    expect(host.document.body[0]).toMatchObject({
      inlines: [{ text: 'Tỷ lệ đạt ' }, { kind: 'inlineControl', cc: { tag: 'cds:indicator:x' } }, { text: ' năm 2026.' }],
    });
  });

  it('replaces, prepends and clears a control’s content', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst();
      cc.insertText('Nội dung mới.', 'Replace');
      cc.load('text');
      await context.sync();
      expect(cc.text).toBe('Nội dung mới.');
      cc.insertText('» ', 'Start');
      cc.load('text');
      await context.sync();
      expect(cc.text).toBe('» Nội dung mới.');
      cc.clear();
      cc.load('text');
      cc.paragraphs.load('items');
      await context.sync();
      expect(cc.text).toBe('');
      expect(cc.paragraphs.items).toHaveLength(1); // Word keeps one empty paragraph
    });
  });

  it('deletes a control with its content, or keeps the content (delete(true))', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    await host.Word.run(async (context) => {
      context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst().delete(true);
      context.document.contentControls.getByTag('recipient').getFirst().delete(false);
      await context.sync();
    });
    expect([...blockControls(host.document.body)].map((c) => c.cc.tag)).toEqual([sectionTag('P1'), sectionTag('P2')]);
    expect(JSON.stringify(host.document.body)).toContain('Hạ tầng số.');
    expect(JSON.stringify(host.document.body)).not.toContain('Bộ KH&CN');
  });
});

describe('locks (cannotEdit = w:lock contentLocked, cannotDelete = sdtLocked)', () => {
  it('rejects text changes inside a cannotEdit control with AccessDenied, but allows its properties to change', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    await host.Word.run(async (context) => {
      const locked = context.document.contentControls.getByTag(sectionTag('P2')).getFirst();
      locked.insertParagraph('không được', 'End');
      const err = await rejectsWith(context.sync(), 'AccessDenied');
      expect(err.debugInfo.errorLocation).toBe('ContentControl.insertParagraph');
      locked.paragraphs.getFirst().insertText('!', 'End');
      await rejectsWith(context.sync(), 'AccessDenied');
      locked.cannotEdit = false;
      locked.paragraphs.getFirst().insertText('!', 'End');
      await context.sync();
    });
    expect(texts(host.document)).toContain('II. NỘI DUNG KẾ HOẠCH!');
  });

  it('rejects deleting a cannotDelete control with AccessDenied', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (context) => {
      context.document.contentControls.getByTag(sectionTag('P2')).getFirst().delete(false);
      await rejectsWith(context.sync(), 'AccessDenied');
    });
  });

  it('rejects removing content that holds a cannotDelete control (clearing the body, replacing a paragraph’s text)', async () => {
    const d = sampleDocument();
    const b4 = d.body[4];
    if (b4?.kind === 'paragraph' && b4.inlines[1]?.kind === 'inlineControl') b4.inlines[1].cc.cannotDelete = true;
    const host = createWordHostCore({ document: d });
    await host.Word.run(async (context) => {
      context.document.body.clear();
      await rejectsWith(context.sync(), 'AccessDenied');
      expect(host.document.body).toHaveLength(5); // refused as a whole: nothing was removed
      context.document.body.paragraphs.getLast().insertText('Nơi nhận: không ai.', 'Replace');
      await rejectsWith(context.sync(), 'AccessDenied');
      context.document.body.paragraphs.getLast().insertText(' (bản chính)', 'End');
      await context.sync();
    });
    expect(texts(host.document).at(-1)).toBe('Nơi nhận: Bộ KH&CN. (bản chính)');
  });

  it('refuses a user typing into locked content', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    await expect(host.user.type('b2.0', 'x')).rejects.toThrow(/locked/);
  });
});

describe('row- and cell-level controls (w:sdt around w:tr / w:tc)', () => {
  const withRowControls = () => {
    const d = sampleDocument();
    const t = d.body[3];
    if (t?.kind !== 'table') throw new Error('fixture changed');
    t.rows[1]!.cc = { tag: indicatorTag(1), sdtId: 201 };
    t.rows[0]!.cells[1]!.cc = { tag: 'ind:cell', sdtId: 202, cannotEdit: true };
    return d;
  };

  it('lists them in document order with the RichTextTableRow / RichTextTableCell subtypes', async () => {
    const { Word } = createWordHostCore({ document: withRowControls() });
    await Word.run(async (context) => {
      const ccs = context.document.contentControls;
      ccs.load('items/tag,items/subtype,items/text');
      await context.sync();
      expect(ccs.items.map((c) => [c.tag, c.subtype, c.text])).toEqual([
        [sectionTag('P1'), 'RichTextParagraphs', 'I. KẾT QUẢ NĂM 2025\rĐã triển khai 12 dịch vụ công trực tuyến.\rHạ tầng số.'],
        [sectionTag('P1.I'), 'RichTextParagraphs', 'Hạ tầng số.'],
        [sectionTag('P2'), 'RichTextParagraphs', 'II. NỘI DUNG KẾ HOẠCH'],
        ['ind:cell', 'RichTextTableCell', 'Mục tiêu 2026'],
        [indicatorTag(1), 'RichTextTableRow', 'Tỷ lệ hồ sơ trực tuyến\t80%'],
        ['recipient', 'RichTextInline', 'Bộ KH&CN'],
      ]);
    });
  });

  it('locks a cell’s text with cannotEdit, and delete(false) on a row control removes the row', async () => {
    const host = createWordHostCore({ document: withRowControls() });
    await host.Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(0, 1).value = 'x';
      await rejectsWith(context.sync(), 'AccessDenied');
      context.document.contentControls.getByTag(indicatorTag(1)).getFirst().delete(false);
      const t = context.document.body.tables.getFirst();
      t.load('rowCount');
      await context.sync();
      expect(t.rowCount).toBe(1);
    });
  });
});
