/// <reference types="office-js" />
/**
 * insertOoxml / getOoxml with flat OPC, read and written through `@cds/docx`.
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-insertooxml-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertooxml-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-getooxml-member(1)
 * https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml
 */
import { readDocx, writeFlatOpc } from '@cds/docx';
import { blockControls, paragraphs, paragraphText, tables } from '@cds/model';
import type { Block, DocumentModel } from '@cds/model';
import { indicatorTag, itemTag, sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { createWordHostCore } from '../host.js';
import { control, doc, heading, inline, para, table, texts } from '../testing/fixtures.js';
import { rejectsWith } from '../testing/expect.js';

/** What the add-in sends: a fragment written by @cds/docx's writer, flattened. */
const fragment = (...body: Block[]): string => writeFlatOpc(doc(...body));
const section = () =>
  fragment(
    control('s', { tag: sectionTag('P2.II.2'), title: '2. Mục tiêu, chỉ tiêu cụ thể' }, [
      heading('h', '2. Mục tiêu, chỉ tiêu cụ thể', 2),
      para('n1', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', {
        numbering: { numId: '7', level: 0, label: 'a)', format: 'lowerLetter' },
        props: { alignment: 'justify' },
      }),
      para('i', '', {
        inlines: [{ kind: 'run', text: 'Đạt ' }, inline('v', { tag: indicatorTag('dvc') }, '80%'), { kind: 'run', text: ' năm 2026.', props: { bold: true } }],
      }),
      table(
        't',
        [
          ['Chỉ tiêu', 'Mục tiêu 2026'],
          ['DVC toàn trình', '80%'],
        ],
        true,
      ),
    ]),
  );

const saved = (host: ReturnType<typeof createWordHost>): DocumentModel => readDocx(host.save());

describe('insertOoxml', () => {
  it("Body End: the writer's block control with its tag, heading, numbered and formatted paragraphs, inline control and table reach the document and the saved .docx", async () => {
    const host = createWordHost({ document: doc(para('p0', 'Phần II')) });
    await host.Word.run(async (context) => {
      const r = context.document.body.insertOoxml(section(), 'End');
      r.load('text');
      await context.sync();
      expect(r.text.split('\r')[0]).toBe('2. Mục tiêu, chỉ tiêu cụ thể');
    });
    const back = saved(host);
    const ctl = [...blockControls(back.body)];
    expect(ctl.map((c) => c.cc.tag)).toEqual([sectionTag('P2.II.2')]);
    expect(JSON.stringify(back.body)).toContain(indicatorTag('dvc'));
    const ps = [...paragraphs(back.body)].map((c) => c.paragraph);
    expect(ps.find((p) => paragraphText(p).startsWith('Tỷ lệ'))).toMatchObject({
      numbering: { level: 0, format: 'lowerLetter', label: 'a)' },
      props: { alignment: 'justify' },
    });
    expect(ps.find((p) => paragraphText(p) === '2. Mục tiêu, chỉ tiêu cụ thể')?.styleId).toBe('Heading2');
    expect([...tables(back.body)][0]?.rows.map((r) => r.cells.length)).toEqual([2, 2]);
    expect(texts(back)[0]).toBe('Phần II');
  });

  it('fires onContentControlAdded for the controls it brings, which getByTag finds at once', async () => {
    const host = createWordHost({ document: doc(para('p0', 'x')) });
    const added: unknown[] = [];
    await host.Word.run(async (context) => {
      context.document.onContentControlAdded.add(async (e) => void added.push(e));
      context.document.body.insertOoxml(section(), 'Start');
      const found = context.document.contentControls.getByTag(sectionTag('P2.II.2'));
      found.load('items/id');
      await context.sync();
      expect(found.items).toHaveLength(1);
    });
    await host.settle();
    expect(added).toHaveLength(2); // the section's block control and the inline indicator control
  });

  it('Paragraph Start/End with one paragraph of content puts its runs into the paragraph; Replace replaces the text', async () => {
    const host = createWordHost({ document: doc(para('p0', 'giữa')) });
    const one = fragment(
      para('x', '', { inlines: [{ kind: 'run', text: '[' }, inline('c', { tag: itemTag('P1.II.1', 'results') }, 'a'), { kind: 'run', text: ']' }] }),
    );
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.insertOoxml(one, 'Start');
      p.insertOoxml(fragment(para('y', ' cuối')), 'End');
      p.load('text');
      await context.sync();
      expect(p.text).toBe('[a]giữa cuối');
      p.insertOoxml(fragment(para('z', 'mới')), 'Replace');
      p.load('text');
      await context.sync();
      expect(p.text).toBe('mới');
    });
    expect(texts(host.document)).toEqual(['mới']);
  });

  it('ContentControl Replace and Range After', async () => {
    const host = createWordHost({ document: doc(control('c', { tag: sectionTag('P2.I') }, [para('a', 'cũ')]), para('b', 'sau')) });
    await host.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag(sectionTag('P2.I')).getFirst();
      cc.insertOoxml(fragment(para('n1', 'Nghị quyết 57-NQ/TW'), para('n2', 'Nghị quyết 71/NQ-CP')), 'Replace');
      cc.getRange('Whole').insertOoxml(fragment(para('n3', 'ngay sau')), 'After');
      await context.sync();
    });
    expect(texts(host.document)).toEqual(['Nghị quyết 57-NQ/TW', 'Nghị quyết 71/NQ-CP', 'ngay sau', 'sau']);
  });

  it('refuses a location the class does not have (Body Before) and text that is no package, with InvalidArgument', async () => {
    const host = createWordHost({ document: doc(para('p0', 'x')) });
    await rejectsWith(
      host.Word.run(async (context) => {
        context.document.body.insertOoxml(section(), 'Before' as never);
        await context.sync();
      }),
      'InvalidArgument',
    );
    await rejectsWith(
      host.Word.run(async (context) => {
        context.document.body.insertOoxml('<w:p/>', 'End');
        await context.sync();
      }),
      'InvalidArgument',
    );
  });

  it('without a .docx codec the host cannot read OOXML: GeneralException', async () => {
    const host = createWordHostCore({ document: doc(para('p0', 'x')) });
    await rejectsWith(
      host.Word.run(async (context) => {
        context.document.body.insertOoxml(section(), 'End');
        await context.sync();
      }),
      'GeneralException',
    );
  });
});

describe('getOoxml', () => {
  it('gives a flat OPC package that insertOoxml takes back: a control copied keeps its tag', async () => {
    const host = createWordHost({ document: doc(control('c', { tag: sectionTag('P2.V'), title: 'V' }, [para('a', 'Tổ chức thực hiện')]), para('b', 'cuối')) });
    await host.Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      const xml = cc.getRange('Whole').getOoxml();
      await context.sync();
      expect(xml.value).toMatch(/^<pkg:package xmlns:pkg="http:\/\/schemas\.microsoft\.com\/office\/2006\/xmlPackage">/);
      context.document.body.insertOoxml(xml.value, 'End');
      const copies = context.document.contentControls.getByTag(sectionTag('P2.V'));
      copies.load('items/id,items/text');
      await context.sync();
      expect(copies.items.map((c) => c.text)).toEqual(['Tổ chức thực hiện', 'Tổ chức thực hiện']);
      expect(new Set(copies.items.map((c) => c.id)).size).toBe(2); // the copy gets its own w:id
    });
  });

  it('of a search result holds only that text', async () => {
    const host = createWordHost({ document: doc(para('a', 'Kế hoạch năm 2026 của tỉnh')) });
    await host.Word.run(async (context) => {
      const hit = context.document.body.search('năm 2026').getFirst();
      const xml = hit.getOoxml();
      await context.sync();
      expect(xml.value).toContain('năm 2026');
      expect(xml.value).not.toContain('Kế hoạch');
    });
  });

  it('is WordApi 1.1 (office2019 has it) and needs a sync before value is read', async () => {
    const host = createWordHost({ preset: 'office2019', document: doc(para('a', 'x')) });
    await host.Word.run(async (context) => {
      const xml = context.document.body.getOoxml();
      expect(() => xml.value).toThrow();
      await context.sync();
      expect(xml.value).toContain('<w:document');
    });
  });
});
