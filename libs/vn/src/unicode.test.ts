import { describe, expect, it } from 'vitest';
import { hasDecomposedText, isNfc } from './unicode.js';

describe('Unicode form (TCVN 6909)', () => {
  const text = 'Kế hoạch chuyển đổi số';
  it('accepts NFC Vietnamese', () => {
    expect(isNfc(text)).toBe(true);
    expect(hasDecomposedText(text)).toBe(false);
  });
  it('notices NFD Vietnamese', () => {
    expect(isNfc(text.normalize('NFD'))).toBe(false);
    expect(hasDecomposedText(text.normalize('NFD'))).toBe(true);
  });
  it('does not flag plain ASCII', () => {
    expect(hasDecomposedText('Digital transformation plan')).toBe(false);
  });
});
