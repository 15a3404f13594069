/// <reference types="office-js" />
/**
 * Null objects, tracked objects and request contexts.
 * - *OrNullObject: https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 * - isNullObject "You must call context.sync() before reading": https://learn.microsoft.com/javascript/api/office/officeextension.clientobject
 * - trackedObjects / InvalidObjectPath: https://learn.microsoft.com/javascript/api/office/officeextension.trackedobjects
 */
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { rejectsWith, throwsWith } from '../testing/expect.js';
import { doc, para, sampleDocument } from '../testing/fixtures.js';

describe('*OrNullObject and isNullObject', () => {
  it('gives a null object (isNullObject true after sync) where getFirst would fail with ItemNotFound', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'không có điều khiển')) });
    await Word.run(async (context) => {
      const none = context.document.contentControls.getFirstOrNullObject();
      throwsWith(() => none.isNullObject, 'PropertyNotLoaded');
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().load('tag');
      await rejectsWith(context.sync(), 'ItemNotFound');
    });
  });

  it('reports isNullObject false for an existing object, and null values for a null object load', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (context) => {
      const found = context.document.contentControls.getByIdOrNullObject(102);
      const missing = context.document.contentControls.getByIdOrNullObject(999);
      found.load('tag');
      missing.load('tag');
      await context.sync();
      expect([found.isNullObject, found.tag]).toEqual([false, sectionTag('P1.I')]);
      expect([missing.isNullObject, missing.tag]).toEqual([true, null]);
    });
  });

  it('answers parentContentControlOrNullObject for paragraphs in and out of controls', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items/text');
      await context.sync();
      const parents = ps.items.map((p) => {
        const cc = p.parentContentControlOrNullObject;
        cc.load('tag');
        return cc;
      });
      await context.sync();
      expect(parents.map((c) => (c.isNullObject ? null : c.tag))).toEqual([
        null,
        sectionTag('P1'),
        sectionTag('P1'),
        sectionTag('P1.I'),
        sectionTag('P2'),
        null,
        null,
        null,
        null,
        null,
      ]);
    });
  });

  it('fails a method call on a null object at sync (ItemNotFound)', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'x')) });
    await Word.run(async (context) => {
      const none = context.document.contentControls.getFirstOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      none.insertText('?', 'End');
      await rejectsWith(context.sync(), 'ItemNotFound');
    });
  });
});

describe('tracked objects and request contexts', () => {
  it('keeps a tracked object usable in a later Word.run(object, batch); an untracked one fails with InvalidObjectPath', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const { Word } = host;
    let tracked!: Word.ContentControl;
    let untracked!: Word.ContentControl;
    await Word.run(async (context) => {
      tracked = context.document.contentControls.getByTag(sectionTag('P1')).getFirst();
      untracked = context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst();
      context.trackedObjects.add(tracked);
      tracked.load('id');
      untracked.load('id');
      await context.sync();
    });
    await Word.run(tracked, async (context) => {
      tracked.insertParagraph('Thêm sau.', 'End');
      await context.sync();
    });
    expect(JSON.stringify(host.document.body[1])).toContain('Thêm sau.');
    throwsWith(() => untracked.insertParagraph('x', 'End'), 'InvalidObjectPath');
  });

  it('rejects an object from another request context as an argument (InvalidRequestContext)', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (a) => {
      const ra = a.document.body.paragraphs.getFirst().getRange();
      a.trackedObjects.add(ra);
      await Word.run(async (b) => {
        const rb = b.document.body.paragraphs.getLast().getRange();
        throwsWith(() => rb.compareLocationWith(ra), 'InvalidRequestContext');
      });
    });
  });

  it('keeps a proxy bound to the object it first resolved to, even after insertions before it', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'đầu'), para('b', 'sau')) });
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load('text');
      await context.sync();
      context.document.body.insertParagraph('mới', 'Start');
      first.load('text');
      const nowFirst = context.document.body.paragraphs.getFirst();
      nowFirst.load('text');
      await context.sync();
      expect([first.text, nowFirst.text]).toEqual(['đầu', 'mới']);
    });
  });

  it('fails with ItemNotFound when a proxy is used after its object was deleted', async () => {
    const { Word } = createWordHostCore({ document: doc(para('a', 'một'), para('b', 'hai')) });
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load('text');
      await context.sync();
      p.delete();
      await context.sync();
      p.load('text');
      await rejectsWith(context.sync(), 'ItemNotFound');
    });
  });
});
