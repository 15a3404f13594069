import type { Rng } from '../rng.js';
import { editTexts, insertBlocks, para, run } from './insert.js';
import type { Mutator } from './types.js';

/** TCVN3 (ABC) text as typed in .VnTime: Vietnamese letters in single-byte code points. */
const TCVN3 = 'Kõ ho¹ch chuyÓn ®æi sè n¨m 2026 cña UBND tØnh Hµ TÜnh';
const VNI = 'Keá hoaïch chuyeån ñoåi soá naêm 2026';

const longText = (rng: Rng, n: number): string => {
  const words = ['chuyển', 'đổi', 'số', 'kế', 'hoạch', 'năm', '2026', 'tỷ', 'lệ', '%', '[...]', '(', ')', 'Quý', 'I/2026'];
  let s = '';
  while (s.length < n) s += rng.pick(words) + ' ';
  return s.slice(0, n);
};

/** Paragraph text a hostile or clumsy author could type, paste or generate. */
export const textMutators: Mutator[] = [
  {
    cls: 'text',
    name: 'huge-paragraph',
    entries: (rng, es) => {
      // Below, at and above the 100,000-character paragraph limit, and 3 MB of text in all.
      const n = rng.pick([20_000, 99_000, 100_001, 1_000_000]);
      const split = rng.chance(0.5);
      const t = longText(rng, n);
      const body = split
        ? para(
            t
              .match(/[\s\S]{1,5000}/g)!
              .map((c) => run(c))
              .join(''),
          )
        : para(run(t));
      return insertBlocks(rng, es, body);
    },
  },
  {
    cls: 'text',
    name: 'many-paragraphs',
    entries: (rng, es) =>
      insertBlocks(
        rng,
        es,
        Array.from({ length: rng.pick([1000, 1000, 5000, 5000, 12_000, 30_000]) }, (_, i) => para(run(`Đoạn ${i} ${longText(rng, rng.range(1, 80))}`))).join(
          '',
        ),
      ),
  },
  {
    cls: 'text',
    name: 'placeholder-brackets',
    entries: (rng, es) => insertBlocks(rng, es, para(run(rng.pick(['[...', '[…', '[', '[...]', '[x', '...']).repeat(rng.pick([100, 2000, 7000]))))),
  },
  {
    cls: 'text',
    name: 'nul-and-controls',
    entries: (rng, es) => editTexts(rng, es, (t) => t.replace(/ /g, () => rng.pick([' ', '\u0000', '&#0;', '&#x1;', '\u0008', '&#xB;'])), 0.5),
  },
  {
    cls: 'text',
    name: 'surrogates',
    entries: (rng, es) => editTexts(rng, es, (t) => t + rng.pick(['&#xD800;', '&#xDFFF;&#xD800;', '&#x1F600;', '&#xFFFF;', '\ud83d', '&#55357;'])),
  },
  {
    cls: 'text',
    name: 'tcvn3-vni',
    entries: (rng, es) => insertBlocks(rng, es, para(run(rng.pick([TCVN3, VNI]).repeat(rng.range(1, 200)), '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>'))),
  },
  { cls: 'text', name: 'nfd', entries: (rng, es) => editTexts(rng, es, (t) => t.normalize('NFD'), 0.6) },
  {
    cls: 'text',
    name: 'invisible',
    entries: (rng, es) => editTexts(rng, es, (t) => t.replace(/(.)/g, (c) => c + rng.pick(['', '\u200b', '\u202e', '\u00a0', '\ufeff', '\u00ad']))),
  },
  { cls: 'text', name: 'long-word', entries: (rng, es) => insertBlocks(rng, es, para(run('a'.repeat(rng.pick([10_000, 90_000]))))) },
  {
    cls: 'text',
    name: 'numbers-and-dates',
    entries: (rng, es) =>
      editTexts(
        rng,
        es,
        () =>
          rng.pick([
            '9'.repeat(400),
            '1e308%',
            '31/02/2026',
            'Quý 99999999999999/2026',
            '0'.repeat(5000) + '1',
            '-'.repeat(3000),
            '1.000.000.000.000.000.000 tỷ đồng',
          ]),
        0.1,
      ),
  },
  { cls: 'text', name: 'whitespace', entries: (rng, es) => editTexts(rng, es, (t) => t + ' \t'.repeat(rng.pick([100, 20_000])), 0.05) },
];
