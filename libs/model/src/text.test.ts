import { describe, expect, it } from 'vitest';
import { cleanText, foldKey } from './text.js';

describe('foldKey', () => {
  it('gives NFC, NFD, upper case and undiacritised spellings of a heading the same key', () => {
    const nfc = 'Phần II. NỘI DUNG KẾ HOẠCH NĂM 2026';
    const keys = [nfc, nfc.normalize('NFD'), nfc.toLowerCase(), 'PHAN II - NOI DUNG KE HOACH NAM 2026'].map(foldKey);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe('phan ii noi dung ke hoach nam 2026');
  });

  it('folds đ and Đ to d', () => {
    expect(foldKey('Đánh giá đội ngũ')).toBe('danh gia doi ngu');
  });
});

describe('cleanText', () => {
  it('composes NFD to NFC and folds odd spaces', () => {
    const s = '  Hạ\u00a0tầng\tsố  '.normalize('NFD');
    expect(cleanText(s)).toBe('Hạ tầng số');
    expect(cleanText(s)).toBe(cleanText(s).normalize('NFC'));
  });
});
