import { describe, expect, it } from 'vitest';
import { vietnameseLetters } from './letters.js';
import { TCVN3_DECODE, TCVN3_ENCODE } from './tcvn3.js';
import { VNI_DECODE, VNI_ENCODE } from './vni.js';

const lower = vietnameseLetters().map((l) => l.letter);
const all = [...lower, ...lower.map((l) => l.toUpperCase())];

describe('legacy tables', () => {
  it('cover the 134 Vietnamese letters outside ASCII', () => {
    expect(new Set(all).size).toBe(134);
    for (const l of all) {
      expect(TCVN3_ENCODE.has(l), `TCVN3 ${l}`).toBe(true);
      expect(VNI_ENCODE.has(l), `VNI ${l}`).toBe(true);
    }
  });

  it('give each lowercase letter its own TCVN3 byte in U+00A1–U+00FE', () => {
    const codes = lower.map((l) => TCVN3_ENCODE.get(l)!);
    expect(new Set(codes).size).toBe(67);
    for (const c of codes) expect(c.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
  });

  it('match the published TCVN3 code points', () => {
    const expected: Record<string, number> = {
      à: 0xb5,
      á: 0xb8,
      ạ: 0xb9,
      ă: 0xa8,
      ắ: 0xbe,
      ặ: 0xc6,
      â: 0xa9,
      ấ: 0xca,
      đ: 0xae,
      é: 0xd0,
      ê: 0xaa,
      ế: 0xd5,
      ể: 0xd3,
      ì: 0xd7,
      í: 0xdd,
      ò: 0xdf,
      ó: 0xe3,
      ỏ: 0xe1,
      ô: 0xab,
      ố: 0xe8,
      ổ: 0xe6,
      ơ: 0xac,
      ờ: 0xea,
      ư: 0xad,
      ừ: 0xf5,
      ự: 0xf9,
      ý: 0xfd,
      ỵ: 0xfe,
      Ă: 0xa1,
      Â: 0xa2,
      Ê: 0xa3,
      Ô: 0xa4,
      Ơ: 0xa5,
      Ư: 0xa6,
      Đ: 0xa7,
    };
    for (const [letter, code] of Object.entries(expected)) expect(TCVN3_ENCODE.get(letter)?.charCodeAt(0), letter).toBe(code);
    // Uppercase toned letters share the lowercase code (the .VnTimeH convention).
    expect(TCVN3_ENCODE.get('Ế')).toBe(TCVN3_ENCODE.get('ế'));
  });

  it('match the published VNI spellings', () => {
    const expected: Record<string, string> = {
      á: 'aù',
      à: 'aø',
      ả: 'aû',
      ã: 'aõ',
      ạ: 'aï',
      ă: 'aê',
      ắ: 'aé',
      ặ: 'aë',
      â: 'aâ',
      ấ: 'aá',
      ậ: 'aä',
      đ: 'ñ',
      Đ: 'Ñ',
      ê: 'eâ',
      ể: 'eå',
      ỉ: 'æ',
      ĩ: 'ó',
      ị: 'ò',
      ô: 'oâ',
      ố: 'oá',
      ơ: 'ô',
      ớ: 'ôù',
      ư: 'ö',
      ừ: 'öø',
      ỵ: 'î',
      Ố: 'OÁ',
      Ơ: 'Ô',
      Ư: 'Ö',
      Ỵ: 'Î',
    };
    for (const [letter, seq] of Object.entries(expected)) expect(VNI_ENCODE.get(letter), letter).toBe(seq);
  });

  it('decode every code back to its letter', () => {
    for (const l of lower) expect(TCVN3_DECODE.get(TCVN3_ENCODE.get(l)!)).toBe(l);
    for (const l of all) expect(VNI_DECODE.get(VNI_ENCODE.get(l)!)).toBe(l);
  });
});
