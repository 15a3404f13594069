/// <reference types="office-js" />
/**
 * Round-trip budgets: every non-empty context.sync() is one round trip to Word
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/correlated-objects-pattern
 * explains why a sync inside a loop is slow). Tests assert "costs at most N round trips".
 */
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from './host.js';
import { sampleDocument } from './testing/fixtures.js';
import { insertSections, insertSectionsSlowly, readSections, type SectionSpec } from './testing/plan-edits.js';

const many = (n: number): SectionSpec[] =>
  Array.from({ length: n }, (_, i) => ({ tag: `sec:${i}`, title: `Mục ${i}`, heading: `${i}. Mục`, paragraphs: ['Nội dung một.', 'Nội dung hai.'] }));

describe('sync counting', () => {
  it('counts one round trip for a batched insert of 50 sections, and 150 for the sync-in-a-loop version', async () => {
    const fast = createWordHostCore({ document: sampleDocument() });
    const slow = createWordHostCore({ document: sampleDocument() });
    const a = await fast.measure(() => insertSections(fast.Word, many(50)));
    const b = await slow.measure(() => insertSectionsSlowly(slow.Word, many(50)));
    expect(a.syncs).toBeLessThanOrEqual(1);
    expect(b.syncs).toBe(150);
    expect(await readSections(fast.Word)).toEqual(await readSections(slow.Word));
  });

  it('does not count an empty sync or the final flush of an empty batch', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    await host.Word.run(async (context) => {
      await context.sync();
    });
    expect(host.syncCount).toBe(0);
  });

  it('counts statements (loads, writes, calls) as well as round trips; resetCounters zeroes both', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load('text');
      p.insertText('!', 'End');
      p.font.bold = true;
      await context.sync();
    });
    expect([host.syncCount, host.opCount]).toEqual([1, 3]);
    host.resetCounters();
    expect([host.syncCount, host.opCount]).toEqual([0, 0]);
  });
});
