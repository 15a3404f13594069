/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from './host.js';
import { sampleDocument } from './testing/fixtures.js';

describe('smoke', () => {
  it('runs a batch', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const Word = host.Word;
    const out = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items/text,items/style');
      const ccs = context.document.contentControls.getByTag('sec:I');
      ccs.load('items/tag,items/text');
      await context.sync();
      return { ps: ps.items.map((p) => [p.text, p.style]), cc: ccs.items.map((c) => c.text) };
    });
    console.log(JSON.stringify(out));
    expect(host.syncCount).toBe(1);
  });
});
