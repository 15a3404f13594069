/// <reference types="office-js" />
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { sampleDocument } from '../testing/fixtures.js';
import { buildIndex } from './tree.js';

describe('document index', () => {
  it('patched in place on insertions, it agrees with a fresh walk of the document', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    await host.Word.run(async (context) => {
      const body = context.document.body;
      const sec = context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst();
      sec.insertParagraph('Thêm trong mục.', 'End');
      sec.insertTable(1, 2, 'End', [['a', 'b']]);
      const h = body.insertParagraph('V. KINH PHÍ', 'End');
      const cc = h.insertContentControl();
      cc.insertParagraph('Ngân sách tỉnh.', 'End');
      context.document.contentControls.getByTag('recipient').getFirst().getRange().insertContentControl();
      body.search('Ngân sách').getFirst().insertContentControl();
      await context.sync();
    });
    void host.state.index().paragraphs; // settle the order, so the next batch is patched from here
    await host.Word.run(async (context) => {
      const sec = context.document.contentControls.getByTag(sectionTag('P1')).getFirst();
      sec.load('id');
      await context.sync();
      sec.insertParagraph('Chỉ chèn thêm.', 'Start');
      sec.insertTable(2, 2, 'End', [
        ['x', 'y'],
        ['z', 'w'],
      ]);
      sec.paragraphs.getFirst().insertContentControl().insertParagraph('Lồng.', 'End');
      await context.sync();
    });
    const patched = host.state.index();
    const fresh = buildIndex(host.document);
    expect(patched.locs.size).toBe(fresh.locs.size);
    for (const [node, loc] of fresh.locs) {
      const mine = patched.locs.get(node);
      expect(mine?.parent).toBe(loc.parent);
      expect(mine?.list).toBe(loc.list);
      expect(mine?.ancestors).toEqual(loc.ancestors);
    }
    expect(patched.paragraphs).toEqual(fresh.paragraphs);
    expect([...patched.start.values()]).toEqual([...fresh.start.values()]);
  });
});
