/// <reference types="office-js" />
/**
 * `ClientObject.set(properties, options)`: several properties in one call, navigation
 * properties recursively; read-only ones refused unless `throwOnReadOnly: false`.
 * https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-set-member(1)
 * https://learn.microsoft.com/javascript/api/office/officeextension.updateoptions
 */
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { NotImplementedError } from '../runtime/guard.js';
import { doc, para } from '../testing/fixtures.js';
import { rejectsWith, throwsWith } from '../testing/expect.js';

describe('set()', () => {
  it('Paragraph.set writes scalars and recurses into font; the values read back after sync and reach the model', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'Mục tiêu chung')) });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.set({ alignment: 'Justified', spaceAfter: 6, firstLineIndent: 36, font: { bold: true, size: 14, name: 'Times New Roman' } });
      p.load('alignment,spaceAfter,firstLineIndent,font/bold,font/size,font/name');
      await context.sync();
      expect([p.alignment, p.spaceAfter, Math.round(p.firstLineIndent), p.font.bold, p.font.size, p.font.name]).toEqual([
        'Justified',
        6,
        36,
        true,
        14,
        'Times New Roman',
      ]);
    });
    expect(host.document.body[0]).toMatchObject({ props: { alignment: 'justify', spacingAfterPt: 6 }, inlines: [{ props: { bold: true, sizePt: 14 } }] });
  });

  it('ContentControl.set and Font.set', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'Nội dung')) });
    await host.Word.run(async (context) => {
      const cc = context.document.body.paragraphs.getFirst().insertContentControl();
      cc.set({ tag: 'cds:section:P2.I', title: 'Căn cứ', appearance: 'Tags', cannotDelete: true });
      cc.font.set({ italic: true });
      cc.load('tag,title,appearance,cannotDelete,font/italic');
      await context.sync();
      expect([cc.tag, cc.title, cc.appearance, cc.cannotDelete, cc.font.italic]).toEqual(['cds:section:P2.I', 'Căn cứ', 'Tags', true, true]);
    });
  });

  it('a read-only property fails with InvalidArgument before anything is queued; throwOnReadOnly: false skips it', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'x')) });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      throwsWith(() => p.set({ text: 'y', alignment: 'Centered' } as never), 'InvalidArgument');
      p.set({ text: 'y', alignment: 'Right' } as never, { throwOnReadOnly: false });
      p.load('text,alignment');
      await context.sync();
      expect([p.text, p.alignment]).toEqual(['x', 'Right']);
    });
  });

  it('a writable property the host lacks fails loudly; a name the class does not have is refused', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'x')) });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      expect(() => p.font.set({ highlightColor: 'Yellow', strikeThrough: true } as never)).toThrow(NotImplementedError);
      throwsWith(() => p.set({ colour: 'red' } as never), 'InvalidArgument');
      await context.sync();
    });
  });

  it('respects requirement sets: a WordApi 1.1 property set on WordApi 1.2 works, a WordApi 1.3 one (styleBuiltIn) fails ApiNotFound at sync', async () => {
    const host = createWordHostCore({ preset: 'office2019', requirementSets: { WordApi: '1.2' }, document: doc(para('a', 'x')) });
    await host.Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items');
      await context.sync();
      ps.items[0]!.set({ alignment: 'Centered' });
      await context.sync();
    });
    await rejectsWith(
      host.Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.load('items');
        await context.sync();
        ps.items[0]!.set({ styleBuiltIn: 'Heading1' as Word.BuiltInStyleName });
        await context.sync();
      }),
      'ApiNotFound',
    );
  });
});
