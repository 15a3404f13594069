/// <reference types="office-js" />
/**
 * insertHtml / getHtml (WordApi 1.1).
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-inserthtml-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-gethtml-member(1)
 */
import { readDocx } from '@cds/docx';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { doc, para, texts } from '../testing/fixtures.js';
import { rejectsWith } from '../testing/expect.js';

describe('insertHtml and getHtml', () => {
  it('headings, formatted runs, lists and tables arrive as the model holds them and are saved', async () => {
    const host = createWordHost({ document: doc(para('a', 'Đầu')) });
    const html =
      '<h2>2. Mục tiêu</h2><p style="text-align:justify">Đạt <b>80%</b> và <span style="color:red">đúng hạn</span>.</p>' +
      '<ol><li>Hạ tầng</li><li>Dữ liệu</li></ol><table><tr><th>Chỉ tiêu</th><th>2026</th></tr><tr><td>DVC</td><td>80%</td></tr></table>';
    await host.Word.run(async (context) => {
      const r = context.document.body.insertHtml(html, 'End');
      r.load('text');
      await context.sync();
      expect(r.text.startsWith('2. Mục tiêu')).toBe(true);
    });
    const back = readDocx(host.save());
    expect(texts(back)).toEqual(['Đầu', '2. Mục tiêu', 'Đạt 80% và đúng hạn.', 'Hạ tầng', 'Dữ liệu', 'Chỉ tiêu', '2026', 'DVC', '80%']);
    const [, h, p, li] = back.body as never as {
      styleId?: string;
      props?: { alignment?: string };
      numbering?: { label: string };
      inlines: { props?: { bold?: boolean; color?: string } }[];
    }[];
    expect(h!.styleId).toBe('Heading2');
    expect(p!.props?.alignment).toBe('justify');
    expect(p!.inlines.map((i) => i.props?.bold ?? i.props?.color)).toEqual([undefined, true, undefined, 'FF0000', undefined]);
    expect(li!.numbering?.label).toBe('1.');
  });

  it('getHtml gives the content as HTML that insertHtml takes back', async () => {
    const host = createWordHost({
      document: doc(
        para('a', '', {
          inlines: [
            { kind: 'run', text: 'Kết quả ' },
            { kind: 'run', text: 'đạt', props: { bold: true } },
          ],
        }),
      ),
    });
    await host.Word.run(async (context) => {
      const h = context.document.body.getHtml();
      await context.sync();
      expect(h.value).toBe('<p>Kết quả <b>đạt</b></p>');
      context.document.body.insertHtml(h.value, 'End');
      await context.sync();
    });
    expect(texts(host.document)).toEqual(['Kết quả đạt', 'Kết quả đạt']);
  });

  it('Paragraph.insertHtml takes Replace/Start/End only (InvalidArgument for After)', async () => {
    const host = createWordHost({ document: doc(para('a', 'x')) });
    await rejectsWith(
      host.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertHtml('<p>y</p>', 'After' as never);
        await context.sync();
      }),
      'InvalidArgument',
    );
  });
});
