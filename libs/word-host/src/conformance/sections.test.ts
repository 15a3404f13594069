/// <reference types="office-js" />
/**
 * document.sections, Section.getHeader/getFooter (Primary, FirstPage, EvenPages) and a
 * PAGE field, through save and reopen.
 * https://learn.microsoft.com/javascript/api/word/word.section#word-word-section-getheader-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.headerfootertype
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertfield-member(1)
 */
import { readDocx, writeDocx } from '@cds/docx';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { NotImplementedError } from '../runtime/guard.js';
import { doc, para } from '../testing/fixtures.js';
import { rejectsWith } from '../testing/expect.js';

const headerText = async (word: typeof Word, type: 'Primary' | 'FirstPage' = 'Primary') =>
  word.run(async (context) => {
    const h = context.document.sections.getFirst().getHeader(type);
    h.load('text,type');
    await context.sync();
    return [h.type, h.text];
  });

describe('sections, headers and footers', () => {
  it("lists the sections; a header reads as a Body of type Header with the file's header lines", async () => {
    const start = doc(para('a', 'Nội dung'));
    start.headerText = ['UBND TỈNH HÀ TĨNH'];
    const host = createWordHost({ bytes: writeDocx(start) });
    await host.Word.run(async (context) => {
      const s = context.document.sections;
      s.load('items');
      await context.sync();
      expect(s.items).toHaveLength(1);
    });
    expect(await headerText(host.Word)).toEqual(['Header', 'UBND TỈNH HÀ TĨNH']);
  });

  it('the page-number quick fix: a centred PAGE field in the primary header, none on the first page, survives save and reopen', async () => {
    const host = createWordHost({ document: doc(para('a', 'Nội dung')) });
    await host.Word.run(async (context) => {
      const section = context.document.sections.getFirst();
      const header = section.getHeader(host.Word.HeaderFooterType.primary);
      header.clear();
      const p = header.paragraphs.getFirst();
      p.alignment = 'Centered';
      p.getRange('Start').insertField('Start', host.Word.FieldType.page);
      section.getHeader('FirstPage').clear();
      await context.sync();
    });
    const saved = host.save();
    const back = readDocx(saved);
    expect(back.sections[0]).toMatchObject({ differentFirstPage: true, pageNumber: { in: 'header', alignment: 'center', onFirstPage: false } });
    const reopened = createWordHost({ bytes: saved });
    await reopened.Word.run(async (context) => {
      const h = context.document.sections.getFirst().getHeader('Primary').paragraphs.getFirst();
      const first = context.document.sections.getFirst().getHeader('FirstPage');
      h.load('alignment,text');
      first.load('text');
      await context.sync();
      expect([h.alignment, h.text, first.text]).toEqual(['Centered', '1', '']);
    });
  });

  // @types/office-js on Document.contentControls: "This includes content controls in the body of the document, headers, footers".
  it('document.contentControls includes a control in a header; body.contentControls does not', async () => {
    const host = createWordHost({ document: doc(para('a', 'x')) });
    await host.Word.run(async (context) => {
      const cc = context.document.sections.getFirst().getHeader('Primary').paragraphs.getFirst().insertContentControl();
      cc.tag = 'cds:header';
      const inDoc = context.document.contentControls;
      const inBody = context.document.body.contentControls;
      inDoc.load('items/tag');
      inBody.load('items');
      await context.sync();
      expect([inDoc.items.map((c) => c.tag), inBody.items.length]).toEqual([['cds:header'], 0]);
    });
  });

  it('a footer takes a PAGE field too; the body is untouched', async () => {
    const host = createWordHost({ document: doc(para('a', 'Nội dung')) });
    await host.Word.run(async (context) => {
      const footer = context.document.sections.getFirst().getFooter('Primary');
      const p = footer.insertParagraph('', 'End');
      p.alignment = 'Right';
      p.getRange().insertField('End', 'Page');
      await context.sync();
    });
    expect(readDocx(host.save()).sections[0]?.pageNumber).toEqual({ in: 'footer', alignment: 'right', onFirstPage: true });
    expect(readDocx(host.save()).body.length).toBe(1);
  });

  it("header text typed through the API is saved as the document's header lines", async () => {
    const host = createWordHost({ document: doc(para('a', 'x')) });
    await host.Word.run(async (context) => {
      context.document.sections.getFirst().getHeader('Primary').insertText('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Replace');
      await context.sync();
    });
    expect(readDocx(host.save()).headerText).toEqual(['SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
  });

  it('refuses an unknown header type (InvalidArgument) and fields the model cannot hold (loudly)', async () => {
    const host = createWordHost({ document: doc(para('a', 'x')) });
    await rejectsWith(
      host.Word.run(async (context) => {
        const h = context.document.sections.getFirst().getHeader('Odd' as never);
        h.load('text');
        await context.sync();
      }),
      'InvalidArgument',
    );
    await host.Word.run(async (context) => {
      const r = context.document.body.getRange('Start');
      expect(() => r.insertField('Start', 'Date')).toThrow(NotImplementedError);
      r.insertField('Start', 'Page');
      await expect(context.sync()).rejects.toThrow(NotImplementedError);
    });
  });

  // https://learn.microsoft.com/javascript/api/word/word.section#word-word-section-body-member
  it('Section.body of a one-section document is the document body; with several sections it fails loudly', async () => {
    const host = createWordHost({ document: doc(para('a', 'Một'), para('b', 'Hai')) });
    await host.Word.run(async (context) => {
      const body = context.document.sections.getFirst().body;
      body.load('text');
      await context.sync();
      expect(body.text).toBe('Một\rHai');
      context.document.body.paragraphs.getFirst().insertBreak('SectionNext', 'After');
      await context.sync();
      context.document.sections.getFirst().body.load('text');
      await expect(context.sync()).rejects.toThrow(NotImplementedError);
    });
  });

  it('Section.getNext is WordApi 1.3: ApiNotFound with WordApi 1.2', async () => {
    const host = createWordHost({ preset: 'office2019', requirementSets: { WordApi: '1.2' }, document: doc(para('a', 'x')) });
    await rejectsWith(
      host.Word.run(async (context) => {
        const s = context.document.sections.getFirst().getNextOrNullObject();
        s.load();
        await context.sync();
      }),
      'ApiNotFound',
    );
  });
});
