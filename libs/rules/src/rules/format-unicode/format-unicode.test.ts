import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { formatUnicode } from './format-unicode.js';

describe('format-unicode', () => {
  it('accepts composed (NFC) text', () => {
    expect(run(formatUnicode, makeContext({ sections: [{ id: 'P2.V', paras: ['Tổ chức thực hiện.'] }] }))).toEqual([]);
  });
  it('notes decomposed (NFD) text once, as info', () => {
    const paras = ['Tổ chức thực hiện.'.normalize('NFD'), 'Giao các sở.'.normalize('NFD')];
    const found = run(formatUnicode, makeContext({ sections: [{ id: 'P2.V', paras }] }));
    expect(found).toEqual([expect.objectContaining({ rule: 'format-unicode', severity: 'info' })]);
    expect(found[0]!.message).toContain('2 đoạn');
  });
});
