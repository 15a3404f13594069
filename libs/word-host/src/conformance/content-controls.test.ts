/// <reference types="office-js" />
/**
 * `getContentControls(options)` on Body, Paragraph, Range, ContentControl and Document (WordApi 1.5).
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-getcontentcontrols-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.contentcontroloptions
 */
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { sampleDocument } from '../testing/fixtures.js';
import { rejectsWith } from '../testing/expect.js';

const tags = async (word: typeof Word, pick: (d: Word.Document) => Word.ContentControlCollection) =>
  word.run(async (context) => {
    const ccs = pick(context.document);
    ccs.load('items/tag');
    await context.sync();
    return ccs.items.map((c) => c.tag);
  });

describe('getContentControls(options)', () => {
  it('without options gives what contentControls gives, nested controls included, in document order', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    const all = await tags(Word, (d) => d.contentControls);
    expect(await tags(Word, (d) => d.getContentControls())).toEqual(all);
    expect(await tags(Word, (d) => d.body.getContentControls())).toEqual(all);
  });

  it("types: RichText keeps the host's (rich text) controls; other types give an empty collection", async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    expect(await tags(Word, (d) => d.body.getContentControls({ types: [Word.ContentControlType.richText] }))).toContain(sectionTag('P1'));
    expect(await tags(Word, (d) => d.body.getContentControls({ types: [Word.ContentControlType.checkBox] }))).toEqual([]);
  });

  it('on a control or a range it holds only what is inside', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    expect(await tags(Word, (d) => d.contentControls.getByTag(sectionTag('P1')).getFirst().getContentControls())).toEqual([sectionTag('P1.I')]);
    expect(await tags(Word, (d) => d.contentControls.getByTag(sectionTag('P1')).getFirst().getRange().getContentControls())).toEqual([sectionTag('P1.I')]);
  });

  it('is WordApi 1.5: ApiNotFound on office2019 (WordApi 1.3)', async () => {
    const { Word } = createWordHostCore({ preset: 'office2019', document: sampleDocument() });
    await rejectsWith(
      tags(Word, (d) => d.body.getContentControls()),
      'ApiNotFound',
    );
  });
});
