import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable.js';

describe('isVietnameseSyllable', () => {
  it.each(['nghiêng', 'chuyển', 'đổi', 'số', 'người', 'quý', 'khuya', 'Ủy', 'giường', 'quai', 'boong', 'thích', 'tập', 'oanh', 'huỳnh', 'Chính'])(
    'accepts %s',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(true);
    },
  );
  // The near-misses below are what TCVN3 text decoded as VNI (and back) looks like.
  it.each(['Fỹr', 'plan', 'strength', 'ắắ', 'aáà', 'taực', 'môc', 'chớnh', 'soỏ'])('refuses %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
