import { describe, expect, it } from 'vitest';
import { dropInvalidChars } from './chars.js';
import { partText } from './encoding.js';

describe('partText on UTF-8', () => {
  it('drops a control byte, U+FFFE or U+FFFF wherever it sits, at every alignment of the bytes (the check reads four at a time)', () => {
    const base = new TextEncoder().encode('<w:t>Xin chào thế giới \t\n ạ 😀</w:t>'.repeat(3));
    const decode = (b: Uint8Array): string => new TextDecoder().decode(b);
    let checked = 0;
    for (const offset of [0, 1, 2, 3]) {
      const clean = new Uint8Array(base.length + 8).subarray(offset, offset + base.length);
      clean.set(base);
      expect(partText(clean)).toBe(decode(base));
      for (let i = 0; i < base.length; i++)
        for (const bad of [[0x00], [0x08], [0x1f], [0xef, 0xbf, 0xbe], [0xef, 0xbf, 0xbf]]) {
          const v = new Uint8Array(base.length + bad.length + 8).subarray(offset, offset + base.length + bad.length);
          v.set(base.subarray(0, i));
          v.set(bad, i);
          v.set(base.subarray(i), i + bad.length);
          const text = partText(v);
          expect(text.length, `offset ${offset}, byte ${i}`).toBeLessThan(decode(v).length);
          expect(text).toBe(dropInvalidChars(decode(v)));
          checked++;
        }
    }
    expect(checked).toBe(4 * base.length * 5);
  });
});
