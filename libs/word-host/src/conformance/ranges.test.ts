/// <reference types="office-js" />
/**
 * Range.expandTo, insertBreak, getTextRanges.
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-expandto-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertbreak-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.breaktype
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-gettextranges-member(1)
 */
import { readDocx, writeDocx } from '@cds/docx';
import { paragraphText } from '@cds/model';
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { createWordHostCore } from '../host.js';
import { doc, heading, para } from '../testing/fixtures.js';
import { rejectsWith } from '../testing/expect.js';

const plan = () => doc(heading('h', 'III. NHIỆM VỤ'), para('a', 'Hạ tầng số.'), para('b', 'Dữ liệu số.'), heading('h2', 'IV. GIẢI PHÁP'));

describe('Range.expandTo', () => {
  it('covers both ranges, across paragraphs, and leaves this range as it was', async () => {
    const { Word } = createWordHostCore({ document: plan() });
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items');
      await context.sync();
      const first = ps.items[0]!.getRange();
      const wide = first.expandTo(ps.items[2]!.getRange('End'));
      wide.load('text');
      first.load('text');
      await context.sync();
      expect(wide.text).toBe('III. NHIỆM VỤ\rHạ tầng số.\rDữ liệu số.');
      expect(first.text).toBe('III. NHIỆM VỤ');
    });
  });

  it('a heading expanded to its section\'s last paragraph takes a block content control: the add-in\'s "wrap a section"', async () => {
    const host = createWordHost({ document: plan() });
    await host.Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items');
      await context.sync();
      const cc = ps.items[0]!.getRange().expandTo(ps.items[2]!.getRange()).insertContentControl();
      cc.tag = sectionTag('P2.III');
      cc.load('text');
      await context.sync();
      expect(cc.text).toBe('III. NHIỆM VỤ\rHạ tầng số.\rDữ liệu số.');
    });
    const back = readDocx(host.save());
    expect(back.body.map((b) => b.kind)).toEqual(['blockControl', 'paragraph']);
  });

  it('is WordApi 1.3: ApiNotFound with WordApi 1.2', async () => {
    const { Word } = createWordHostCore({ preset: 'office2019', requirementSets: { WordApi: '1.2' }, document: plan() });
    await rejectsWith(
      Word.run(async (context) => {
        const r = context.document.body.getRange('Start').expandTo(context.document.body.getRange('End'));
        r.load('text');
        await context.sync();
      }),
      'ApiNotFound',
    );
  });
});

describe('insertBreak', () => {
  it('Line puts a manual line break in the text; it is saved as w:br and read back', async () => {
    const host = createWordHost({ document: doc(para('a', 'Nơi nhận:')) });
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertBreak(host.Word.BreakType.line, 'After');
      context.document.body.paragraphs.getFirst().insertText('Bộ KH&CN', 'End');
      await context.sync();
    });
    expect(paragraphText(readDocx(host.save()).body[0] as never)).toBe('Nơi nhận:\nBộ KH&CN');
  });

  it('SectionNext after a paragraph ends a section there: two sections in the saved .docx', async () => {
    const host = createWordHost({ document: plan() });
    await host.Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items');
      await context.sync();
      ps.items[2]!.insertBreak('SectionNext', 'After');
      context.document.body.insertParagraph('đầu tài liệu', 'Start'); // blocks move; the break stays after "Dữ liệu số."
      await context.sync();
    });
    const back = readDocx(host.save());
    expect(back.sections).toHaveLength(2);
    expect(paragraphText(back.body[back.sections[0]!.endsAfterBlock!] as never)).toBe('Dữ liệu số.');
  });

  it('Page has no place in the document model: refused loudly, not dropped', async () => {
    const host = createWordHost({ document: plan() });
    await expect(
      host.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertBreak('Page', 'After');
        await context.sync();
      }),
    ).rejects.toThrow(/not implemented by the in-memory Word host/);
  });

  it('takes the locations of each class: Body Start/End, Paragraph Before/After', async () => {
    const host = createWordHostCore({ document: plan() });
    await rejectsWith(
      host.Word.run(async (context) => {
        context.document.body.insertBreak('Line', 'Before' as never);
        await context.sync();
      }),
      'InvalidArgument',
    );
  });
});

describe('getTextRanges', () => {
  it('cuts after each ending mark and at paragraph ends; trimSpacing trims the spaces', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'Một. Hai; ba.'), para('b', 'Bốn')) });
    await Word.run(async (context) => {
      const raw = context.document.body.getRange().getTextRanges(['.', ';'], false);
      const trimmed = context.document.body.getRange().getTextRanges(['.', ';'], true);
      raw.load('items/text');
      trimmed.load('items/text');
      await context.sync();
      expect(raw.items.map((r) => r.text)).toEqual(['Một.', ' Hai;', ' ba.', 'Bốn']);
      expect(trimmed.items.map((r) => r.text)).toEqual(['Một.', 'Hai;', 'ba.', 'Bốn']);
    });
  });

  it('on a paragraph and a content control too (WordApi 1.3)', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'A, b')) });
    await Word.run(async (context) => {
      const parts = context.document.body.paragraphs.getFirst().getTextRanges([','], true);
      parts.load('items/text');
      await context.sync();
      expect(parts.items.map((r) => r.text)).toEqual(['A,', 'b']);
    });
  });
});

describe('split, getText, getNextTextRange, insertFileFromBase64', () => {
  // https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-split-member(1)
  it('Paragraph.split cuts at the delimiters; trimDelimiters leaves them out', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'Hạ tầng; dữ liệu; con người')) });
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const kept = p.split([';'], false, false);
      const trimmed = p.split([';'], true, true);
      kept.load('items/text');
      trimmed.load('items/text');
      await context.sync();
      expect(kept.items.map((r) => r.text)).toEqual(['Hạ tầng;', ' dữ liệu;', ' con người']);
      expect(trimmed.items.map((r) => r.text)).toEqual(['Hạ tầng', 'dữ liệu', 'con người']);
    });
  });

  // https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-gettext-member(1)
  it('Paragraph.getText is WordApi 1.7: the text on web, ApiNotFound on office2019', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'Nội dung')) });
    await Word.run(async (context) => {
      const t = context.document.body.paragraphs.getFirst().getText();
      await context.sync();
      expect(t.value).toBe('Nội dung');
    });
    const old = createWordHostCore({ preset: 'office2019', document: doc(para('a', 'x')) });
    await rejectsWith(
      old.Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.load('items');
        await context.sync();
        ps.items[0]!.getText();
        await context.sync();
      }),
      'ApiNotFound',
    );
  });

  // https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-getnexttextrange-member(1)
  it('Range.getNextTextRange walks sentence by sentence, into the next paragraph; OrNullObject is null at the end', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'Một. Hai.'), para('b', 'Ba.')) });
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst().getTextRanges(['.'], true).getFirst();
      const second = first.getNextTextRange(['.'], true);
      const third = second.getNextTextRange(['.'], true);
      const none = third.getNextTextRangeOrNullObject(['.'], true);
      second.load('text');
      third.load('text');
      await context.sync();
      expect([second.text, third.text, none.isNullObject]).toEqual(['Hai.', 'Ba.', true]);
    });
  });

  // https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-insertfilefrombase64-member(1)
  it("Body.insertFileFromBase64 inserts a .docx's body with its tagged controls", async () => {
    const host = createWordHost({ document: doc(para('a', 'Đầu')) });
    const file = Buffer.from(writeDocx(doc(heading('h', 'V. TỔ CHỨC THỰC HIỆN'), para('x', 'Giao Sở KH&CN.')))).toString('base64');
    await host.Word.run(async (context) => {
      const r = context.document.body.insertFileFromBase64(file, 'End');
      r.load('text');
      await context.sync();
      expect(r.text).toBe('V. TỔ CHỨC THỰC HIỆN\rGiao Sở KH&CN.');
    });
    expect(readDocx(host.save()).body.map((b) => paragraphText(b as never))).toEqual(['Đầu', 'V. TỔ CHỨC THỰC HIỆN', 'Giao Sở KH&CN.']);
  });
});

// office-js#1755 and #4275 (fixed in Word): insertText("Test\nTest\vLine") gives a new paragraph for "\n"
// and a manual line break for "\v"; #5403: search finds "c\vd" across a Shift+Enter; text reads the break as "\v".
describe('paragraph marks and line breaks in text', () => {
  it('insertText: "\\n" starts a paragraph (like the one it splits), "\\v" is a line break saved as w:br', async () => {
    const host = createWordHost({ document: doc(para('a', 'Đầu', { props: { alignment: 'justify' } })) });
    await host.Word.run(async (context) => {
      const r = context.document.body.paragraphs.getFirst().insertText(' một\nhai\vba', 'End');
      r.load('text');
      await context.sync();
      expect(r.text).toBe(' một\rhai\u000bba');
      const ps = context.document.body.paragraphs;
      ps.load('items/text,items/alignment');
      await context.sync();
      expect(ps.items.map((p) => [p.text, p.alignment])).toEqual([
        ['Đầu một', 'Justified'],
        ['hai\u000bba', 'Justified'],
      ]);
      const hit = context.document.body.search('hai\u000bba');
      hit.load('items');
      await context.sync();
      expect(hit.items).toHaveLength(1);
    });
    expect(readDocx(host.save()).body.map((b) => paragraphText(b as never))).toEqual(['Đầu một', 'hai\nba']);
  });
});
