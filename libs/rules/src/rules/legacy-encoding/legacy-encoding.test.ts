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

describe('legacy-encoding in a whole pasted document', () => {
  it('reports the first paragraphs one by one and counts the rest in one finding', () => {
    const paras = Array.from({ length: 130 }, () => encodeLegacy(TEXT, 'tcvn3'));
    const found = run(legacyEncoding, makeContext({ sections: [{ id: 'P2.V', paras }] }));
    expect(found.filter((f) => f.fix)).toHaveLength(100);
    const summary = found.filter((f) => !f.fix);
    expect(summary).toHaveLength(1);
    expect(summary[0]!.message).toContain('Còn 30 đoạn');
  });
});

describe('legacy-encoding across runs', () => {
  it('keeps the case context when Word splits a word into runs', () => {
    const legacy = encodeLegacy('Kế hoạch chuyển đổi số', 'tcvn3');
    const c = makeContext({ sections: [{ id: 'P2.V', paras: ['x'] }] });
    const p = c.doc.body[1]!;
    if (p.kind !== 'paragraph') throw new Error('fixture');
    const cut = legacy.indexOf('¹');
    p.inlines = [
      { kind: 'run', text: legacy.slice(0, cut) },
      { kind: 'run', text: legacy.slice(cut) },
    ];
    expect(run(legacyEncoding, c)[0]!.fix).toMatchObject({ text: 'Kế hoạch chuyển đổi số' });
  });
});
