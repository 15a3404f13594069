/// <reference types="office-js" />
/**
 * Proxy, load and sync semantics, per "Application-specific API model"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model)
 * and OfficeExtension.ClientObject / OfficeExtension.Error reference pages.
 */
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { rejectsWith, throwsWith } from '../testing/expect.js';
import { doc, para, sampleDocument } from '../testing/fixtures.js';

const hostWith = () => createWordHostCore({ document: sampleDocument() });

describe('reading properties (application-specific API model: load then sync)', () => {
  it('throws PropertyNotLoaded, named RichApi.Error, when a property is read before load + sync', async () => {
    const { Word, OfficeExtension } = hostWith();
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const err = throwsWith(() => p.text, 'PropertyNotLoaded');
      expect(err).toBeInstanceOf(OfficeExtension.Error);
      expect(err.name).toBe('RichApi.Error');
      expect(err.message).toContain("The property 'text' is not available");
      p.load('text');
      throwsWith(() => p.text, 'PropertyNotLoaded'); // loaded but not yet synced
      await context.sync();
      expect(p.text).toBe('KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026');
      throwsWith(() => p.style, 'PropertyNotLoaded'); // only what was loaded
    });
  });

  it('reads a snapshot of the document at the sync, not the live document', async () => {
    const host = hostWith();
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load('text');
      await context.sync();
      await host.user.type('b0', ' (dự thảo)');
      expect(p.text).toBe('KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026');
      p.load('text');
      await context.sync();
      expect(p.text).toBe('KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 (dự thảo)');
    });
  });

  it('accepts "a,b", arrays, { select } and navigation paths like "font/name"', async () => {
    const { Word } = hostWith();
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load('text, style');
      const q = context.document.body.paragraphs.getLast();
      q.load({ select: 'alignment,font/name,font/size' });
      await context.sync();
      expect([p.text.length > 0, p.style]).toEqual([true, 'Title']);
      expect([q.alignment, q.font.name, q.font.size]).toEqual(['Left', 'Times New Roman', 14]);
    });
  });

  it('fails the sync with InvalidArgument when a property name Word does not have is loaded', async () => {
    const { Word } = hostWith();
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load('text,headingLevel');
      const err = await rejectsWith(context.sync(), 'InvalidArgument');
      expect(err.debugInfo.errorLocation).toBe('Paragraph.load');
    });
  });

  it('gives a collection its items only after load + sync; "items/x" and "x" both load item properties', async () => {
    const { Word } = hostWith();
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      throwsWith(() => ps.items, 'PropertyNotLoaded');
      ps.load('items/text');
      const ccs = context.document.contentControls;
      ccs.load('tag');
      await context.sync();
      expect(ps.items).toHaveLength(10);
      expect(ccs.items.map((c) => c.tag)).toEqual([sectionTag('P1'), sectionTag('P1.I'), sectionTag('P2'), 'recipient']);
      throwsWith(() => ccs.items[0]!.title, 'PropertyNotLoaded');
    });
  });

  it('load() with no argument loads every scalar property', async () => {
    const { Word } = hostWith();
    await Word.run(async (context) => {
      const c = context.document.contentControls.getFirst();
      c.load();
      await context.sync();
      expect(c.toJSON()).toMatchObject({ tag: sectionTag('P1'), title: 'Phần I', id: 101, cannotEdit: false, appearance: 'BoundingBox' });
    });
  });
});

describe('writes and method calls are queued and applied in order at sync', () => {
  it('does nothing to the document until sync, then applies statements in order', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'một')) });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.insertText(' hai', 'End');
      p.insertText(' ba', 'End');
      expect(host.document.body).toHaveLength(1);
      expect(JSON.stringify(host.document.body)).not.toContain('hai');
      p.load('text');
      await context.sync();
      expect(p.text).toBe('một hai ba');
    });
  });

  it('shows a written value locally at once, as office.js does, and writes it at sync', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'x')) });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.style = 'Heading 2';
      expect(p.style).toBe('Heading 2');
      await context.sync();
    });
    expect(host.document.body[0]).toMatchObject({ styleId: 'Heading2', outlineLevel: 1 });
  });

  it('refuses assignment to a read-only property (no setter, TypeError in strict code)', async () => {
    const { Word } = hostWith();
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      expect(() => {
        (p as unknown as { text: string }).text = 'x';
      }).toThrow(TypeError);
    });
  });

  it('stops at the first failing statement: earlier ones stay applied, later ones are dropped', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'x')) });
    await host.Word.run(async (context) => {
      const body = context.document.body;
      body.insertParagraph('trước lỗi', 'End');
      context.trace('before the bad statement');
      context.document.contentControls.getFirst().insertText('?', 'End'); // there is no control
      body.insertParagraph('sau lỗi', 'End');
      const err = await rejectsWith(context.sync(), 'ItemNotFound');
      expect(err.traceMessages).toEqual(['before the bad statement']);
    });
    const texts = host.document.body.map((b) => (b.kind === 'paragraph' ? b.inlines.map((i) => (i.kind === 'run' ? i.text : '')).join('') : ''));
    expect(texts).toEqual(['x', 'trước lỗi']);
  });

  it('makes method results (ClientResult) readable only after sync: ValueNotLoaded before', async () => {
    const { Word } = hostWith();
    await Word.run(async (context) => {
      const a = context.document.body.paragraphs.getFirst().getRange();
      const b = context.document.body.paragraphs.getLast().getRange();
      const rel = a.compareLocationWith(b);
      throwsWith(() => rel.value, 'ValueNotLoaded');
      await context.sync();
      expect(rel.value).toBe('Before');
    });
  });

  it('Word.run syncs what is still queued when the batch ends, and rejects a batch that returns no promise', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'x')) });
    await host.Word.run(async (context) => {
      context.document.body.insertParagraph('cuối', 'End');
    });
    expect(host.document.body).toHaveLength(2);
    expect(host.syncCount).toBe(1);
    await rejectsWith(host.Word.run((() => undefined) as never), 'RunMustReturnPromise');
  });
});

describe('batches over several objects', () => {
  it('Word.run([a, b], batch) shares the objects’ context; objects of different contexts are refused', async () => {
    const { Word } = hostWith();
    let a!: Word.Paragraph;
    let b!: Word.Paragraph;
    await Word.run(async (context) => {
      a = context.document.body.paragraphs.getFirst();
      b = context.document.body.paragraphs.getLast();
      context.trackedObjects.add([a, b]);
      await context.sync();
    });
    const text = await Word.run([a, b], async (context) => {
      a.load('text');
      b.load('text');
      await context.sync();
      return `${a.text} | ${b.text}`;
    });
    expect(text).toBe('KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 | Nơi nhận: Bộ KH&CN.');
    await Word.run(async (context) => {
      const c = context.document.body.paragraphs.getFirst();
      await rejectsWith(
        Word.run([a, c], async () => undefined),
        'InvalidRequestContext',
      );
    });
  });

  it('load({ select, top }) limits a collection’s items', async () => {
    const { Word } = hostWith();
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load({ select: 'text', top: 2 });
      await context.sync();
      expect(ps.items.map((p) => p.text)).toEqual(['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026', 'I. KẾT QUẢ NĂM 2025']);
    });
  });
});

describe('installing the globals', () => {
  it('install() sets Word, Office and OfficeExtension for code that uses the globals, and its return value restores them', async () => {
    const host = hostWith();
    const g = globalThis as { Word?: unknown };
    const before = g.Word;
    const uninstall = host.install();
    const title = await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load('text');
      await context.sync();
      return p.text;
    });
    expect(title).toBe('KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026');
    expect(Office.context.requirements.isSetSupported('WordApi', '1.9')).toBe(true);
    uninstall();
    expect(g.Word).toBe(before);
  });
});
