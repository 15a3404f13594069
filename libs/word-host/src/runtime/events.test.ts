/// <reference types="office-js" />
/**
 * Events: ContentControl.onDataChanged / onDeleted and Document.onContentControlAdded
 * (WordApi 1.5), Document.onParagraphChanged / Added / Deleted (WordApi 1.6).
 * https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-events
 * Quirks: Word on the web raises onDataChanged while the user types; desktop Word when
 * the cursor leaves the control. Undo raises no event.
 */
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { sampleDocument } from '../testing/fixtures.js';

type Args = { eventType?: string; type?: string; ids?: number[]; uniqueLocalIds?: string[] };

async function watch(host: ReturnType<typeof createWordHostCore>) {
  const seen: string[] = [];
  await host.Word.run(async (context) => {
    const cc = context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst();
    cc.onDataChanged.add(async (e: Args) => void seen.push(`${e.eventType}:${e.ids?.join()}`));
    cc.onDeleted.add(async (e: Args) => void seen.push(`${e.eventType}:${e.ids?.join()}`));
    context.document.onContentControlAdded.add(async (e: Args) => void seen.push(`${e.eventType}`));
    context.document.onParagraphChanged.add(async (e: Args) => void seen.push(`${e.type}:${e.uniqueLocalIds?.length}`));
    await context.sync();
  });
  return seen;
}

describe('events', () => {
  it('on the web, fires onDataChanged while the user types in a control', async () => {
    const host = createWordHostCore({ document: sampleDocument(), preset: 'web' });
    const seen = await watch(host);
    await host.user.type('b1.2.0', ' Mạng 5G.');
    expect(seen).toEqual(['ContentControlDataChanged:102', 'ParagraphChanged:1']);
  });

  it('on desktop, holds onDataChanged until the cursor leaves the control', async () => {
    const host = createWordHostCore({ document: sampleDocument(), preset: 'ltsc2024' });
    const seen = await watch(host);
    await host.user.type('b1.2.0', ' Mạng 5G.');
    await host.user.type('b1.2.0', ' Cáp quang.');
    expect(seen).toEqual(['ParagraphChanged:1', 'ParagraphChanged:1']);
    await host.user.moveCursor('b0');
    expect(seen.slice(2)).toEqual(['ContentControlDataChanged:102']);
  });

  it('can be switched: eventsWhileTyping on a desktop host', async () => {
    const host = createWordHostCore({ document: sampleDocument(), preset: 'ltsc2024', quirks: { eventsWhileTyping: true } });
    const seen = await watch(host);
    await host.user.type('b1.2.0', '!');
    expect(seen[0]).toBe('ContentControlDataChanged:102');
  });

  it('fires onDeleted when the user deletes the control, and onContentControlAdded for controls the add-in inserts', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const seen = await watch(host);
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertContentControl().tag = 'new';
      await context.sync();
    });
    await host.settle();
    await host.user.deleteBlock('b1.2');
    expect(seen).toEqual(['ContentControlAdded', 'ContentControlDeleted:102']);
  });

  it('delivers events after the sync that caused them, never inside it', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const seen = await watch(host);
    await host.Word.run(async (context) => {
      context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst().insertText('x', 'End');
      await context.sync();
      expect(seen).toEqual([]);
    });
    await host.settle();
    expect(seen).toContain('ContentControlDataChanged:102');
  });

  it('fires nothing on undo (quirk on by default), and fires when the quirk is off', async () => {
    const quiet = createWordHostCore({ document: sampleDocument() });
    const seenQuiet = await watch(quiet);
    await quiet.user.type('b1.1', '!');
    seenQuiet.length = 0;
    await quiet.user.undo();
    expect(seenQuiet).toEqual([]);
    expect(JSON.stringify(quiet.document)).not.toContain('tuyến.!');

    const loud = createWordHostCore({ document: sampleDocument(), quirks: { undoFiresNothing: false } });
    const seenLoud = await watch(loud);
    await loud.user.type('b1.1', '!');
    seenLoud.length = 0;
    await loud.user.undo();
    expect(seenLoud.some((s) => s.startsWith('ParagraphChanged'))).toBe(true);
  });

  it('stops calling a handler after EventHandlerResult.remove() and a sync', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    let calls = 0;
    let reg!: OfficeExtension.EventHandlerResult<Word.ParagraphChangedEventArgs>;
    await host.Word.run(async (context) => {
      reg = context.document.onParagraphChanged.add(async () => void calls++);
      await context.sync();
    });
    await host.user.type('b0', '!');
    // Microsoft's samples remove handlers in a batch on the registration's own context.
    await host.Word.run(reg.context as never, async (context) => {
      reg.remove();
      await context.sync();
    });
    await host.user.type('b0', '!');
    expect(calls).toBe(1);
  });
});

describe('user edits', () => {
  it('pasting plain paragraphs raises onParagraphAdded with their ids, and the paste is in the document', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const added: string[][] = [];
    await host.Word.run(async (context) => {
      context.document.onParagraphAdded.add(async (e: Args) => void added.push(e.uniqueLocalIds ?? []));
      await context.sync();
    });
    await host.user.pasteBlocks({ after: 'b1' }, [{ text: 'III. GIẢI PHÁP', style: 'Heading 1' }, 'Nội dung dán từ tệp khác.']);
    expect(added).toHaveLength(1);
    expect(added[0]).toHaveLength(2);
    await host.Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items/text,items/style,items/uniqueLocalId');
      await context.sync();
      const pasted = ps.items.filter((p) => added[0]!.includes(p.uniqueLocalId));
      expect(pasted.map((p) => [p.text, p.style])).toEqual([
        ['III. GIẢI PHÁP', 'Heading 1'],
        ['Nội dung dán từ tệp khác.', 'Normal'],
      ]);
    });
  });
});

describe('cursor events (ContentControl.onEntered / onExited, WordApi 1.5)', () => {
  it('fires onEntered when the cursor moves into a control and onExited when it leaves', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const seen: string[] = [];
    await host.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst();
      cc.onEntered.add(async (e: Args) => void seen.push(e.eventType ?? ''));
      cc.onExited.add(async (e: Args) => void seen.push(e.eventType ?? ''));
      await context.sync();
    });
    await host.user.moveCursor('b1.1');
    await host.user.moveCursor('b1.2.0');
    await host.user.moveCursor('b0');
    expect(seen).toEqual(['ContentControlEntered', 'ContentControlExited']);
  });
});
