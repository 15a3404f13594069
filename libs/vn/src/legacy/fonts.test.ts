import { describe, expect, it } from 'vitest';
import { isLegacyFontName } from './fonts.js';

describe('isLegacyFontName', () => {
  it('names the encoding of legacy fonts', () => {
    expect(isLegacyFontName('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(isLegacyFontName('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(isLegacyFontName('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
  });
  it('gives null for Unicode fonts', () => {
    expect(isLegacyFontName('Times New Roman')).toBeNull();
    expect(isLegacyFontName(undefined)).toBeNull();
  });
});
