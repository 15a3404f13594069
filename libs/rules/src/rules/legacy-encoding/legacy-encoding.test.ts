import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '@cds/vn';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { legacyEncoding } from './legacy-encoding.js';

const TEXT = 'Tăng cường công tác lãnh đạo, chỉ đạo, điều hành hoạt động chuyển đổi số của tỉnh.';

describe('legacy-encoding', () => {
  it('accepts Unicode text', () => {
    expect(run(legacyEncoding, makeContext({ sections: [{ id: 'P2.V', paras: [TEXT] }] }))).toEqual([]);
  });

  it.each(['tcvn3', 'vni'] as const)('reports %s text with a fix carrying the Unicode text', (enc) => {
    const c = makeContext({ sections: [{ id: 'P2.V', paras: [encodeLegacy(TEXT, enc)] }] });
    const found = run(legacyEncoding, c);
    const blockId = c.outline.sections[0]!.contentBlockIds[0]!;
    expect(found).toEqual([
      expect.objectContaining({ rule: 'legacy-encoding', severity: 'warning', section: 'P2.V', blockId, fix: { kind: 'replaceText', blockId, text: TEXT } }),
    ]);
  });

  it('capitalises runs set in an uppercase TCVN3 font', () => {
    const c = makeContext({
      sections: [{ id: 'P2.V', paras: [{ text: encodeLegacy('kế hoạch chuyển đổi số', 'tcvn3'), run: { font: '.VnTimeH' } }] }],
    });
    expect(run(legacyEncoding, c)[0]!.fix).toMatchObject({ text: 'KẾ HOẠCH CHUYỂN ĐỔI SỐ' });
  });
});
