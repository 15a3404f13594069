import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable.js';

describe('isVietnameseSyllable', () => {
  it.each(['nghiêng', 'chuyển', 'đổi', 'số', 'người', 'quý', 'khuya', 'Ủy'])('accepts %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['Fỹr', 'plan', 'strength', 'ắắ', 'aáà'])('refuses %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
