/// <reference types="office-js" />
/**
 * search(text, options) with a plain object or Word.SearchOptions.
 * https://learn.microsoft.com/javascript/api/word/word.searchoptions
 * https://learn.microsoft.com/office/dev/add-ins/word/search-option-guidance
 */
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { NotImplementedError } from '../runtime/guard.js';
import { doc, para } from '../testing/fixtures.js';
import { rejectsWith } from '../testing/expect.js';

const host = () => createWordHostCore({ document: doc(para('a', 'Kế hoạch chuyển đổi số năm 2026; kế hoạch 2025.'), para('b', 'Hạ tầng số, dữ liệu số.')) });

async function find(word: typeof Word, text: string, options?: (c: Word.RequestContext) => Word.SearchOptions | object) {
  return word.run(async (context) => {
    const found = context.document.body.search(text, options?.(context) as Word.SearchOptions);
    found.load('items/text');
    await context.sync();
    return found.items.map((r) => r.text);
  });
}

describe('search options', () => {
  it('Word.SearchOptions.newObject: matchCase', async () => {
    const { Word } = host();
    expect(await find(Word, 'kế hoạch', (c) => Object.assign(Word.SearchOptions.newObject(c), { matchCase: true }))).toEqual(['kế hoạch']);
    expect(await find(Word, 'kế hoạch')).toEqual(['Kế hoạch', 'kế hoạch']);
  });

  it('matchWholeWord, matchPrefix, matchSuffix', async () => {
    const { Word } = host();
    expect(await find(Word, 'số', () => ({ matchWholeWord: true }))).toEqual(['số', 'số', 'số']);
    expect(await find(Word, '202', () => ({ matchPrefix: true }))).toEqual(['202', '202']);
    expect(await find(Word, '026', () => ({ matchSuffix: true }))).toEqual(['026']);
  });

  it('matchWildcards: ?, *, [ ], { }, < >', async () => {
    const { Word } = host();
    expect(await find(Word, '202?', () => ({ matchWildcards: true }))).toEqual(['2026', '2025']);
    expect(await find(Word, '<[Hh]ạ*số', () => ({ matchWildcards: true }))).toEqual(['Hạ tầng số']);
    expect(await find(Word, '[0-9]{4}', () => ({ matchWildcards: true }))).toEqual(['2026', '2025']);
  });

  it('ignorePunct and ignoreSpace', async () => {
    const { Word } = host();
    expect(await find(Word, 'số dữ liệu', () => ({ ignorePunct: true }))).toEqual(['số, dữ liệu']);
    expect(await find(Word, 'Hạtầng', () => ({ ignoreSpace: true }))).toEqual(['Hạ tầng']);
  });

  it('an option Word does not have is refused (InvalidArgument); the namespace refuses classes the host lacks', async () => {
    const { Word } = host();
    await rejectsWith(
      find(Word, 'số', () => ({ matchDiacritics: true })),
      'InvalidArgument',
    );
    expect(() => (Word as unknown as { Paragraph: unknown }).Paragraph).toThrow(NotImplementedError);
  });
});
