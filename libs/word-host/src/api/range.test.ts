/// <reference types="office-js" />
/** Ranges and search: https://learn.microsoft.com/javascript/api/word/word.range */
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { doc, para, sampleDocument, texts } from '../testing/fixtures.js';

describe('search', () => {
  it('finds text case-insensitively by default, per paragraph, and honours matchCase / matchWholeWord', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'Số hóa và số liệu'), para('b', 'SỐ HÓA')) });
    await Word.run(async (context) => {
      const all = context.document.body.search('số hóa');
      const cased = context.document.body.search('SỐ HÓA', { matchCase: true });
      const word = context.document.body.search('số', { matchWholeWord: true });
      all.load('items/text');
      cased.load('items');
      word.load('items');
      await context.sync();
      expect(all.items.map((r) => r.text)).toEqual(['Số hóa', 'SỐ HÓA']);
      expect(cased.items).toHaveLength(1);
      expect(word.items).toHaveLength(3);
    });
  });

  it('replaces found text through the range', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'Năm 2025 và năm 2025')) });
    await host.Word.run(async (context) => {
      const hits = context.document.body.search('2025');
      hits.load('items');
      await context.sync();
      for (const r of hits.items) r.insertText('2026', 'Replace');
      await context.sync();
    });
    expect(texts(host.document)).toEqual(['Năm 2026 và năm 2026']);
  });
});

describe('Range', () => {
  it('compares locations (WordApi 1.3 compareLocationWith)', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (context) => {
      const section = context.document.contentControls.getByTag(sectionTag('P1')).getFirst().getRange();
      const inner = context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst().getRange();
      const title = context.document.body.paragraphs.getFirst().getRange();
      const r1 = inner.compareLocationWith(section);
      const r2 = section.compareLocationWith(inner);
      const r3 = title.compareLocationWith(section);
      const r4 = section.compareLocationWith(section);
      await context.sync();
      expect([r1.value, r2.value, r3.value, r4.value]).toEqual(['InsideEnd', 'ContainsEnd', 'AdjacentBefore', 'Equal']);
    });
  });

  it('gives the user’s selection through getSelection, and select() moves it', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    await host.user.select('b3');
    await host.Word.run(async (context) => {
      const sel = context.document.getSelection();
      sel.load('text');
      await context.sync();
      expect(sel.text).toBe('Chỉ tiêu\tMục tiêu 2026\rTỷ lệ hồ sơ trực tuyến\t80%');
      context.document.contentControls.getByTag('recipient').getFirst().select();
      const again = context.document.getSelection();
      again.load('text');
      await context.sync();
      expect(again.text).toBe('Bộ KH&CN');
    });
  });
});
