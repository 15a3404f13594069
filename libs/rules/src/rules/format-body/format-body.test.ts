import { describe, expect, it } from 'vitest';
import { ND30_BODY } from '@cds/template';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { formatBody } from './format-body.js';

const para = (text: string, props = {}) => ({ text, props: { ...ND30_BODY, ...props } });

describe('format-body', () => {
  it('accepts body text per Nghị định 30', () => {
    const paras = [para('Một.'), para('Hai.', { firstLineIndentCm: 1, lineSpacing: { rule: 'auto', value: 1.5 } })];
    expect(run(formatBody, makeContext({ sections: [{ id: 'P2.V', paras }] }))).toEqual([]);
  });

  it('reports each kind of problem once with a count', () => {
    const bad = { alignment: 'left', firstLineIndentCm: 0, spacingAfterPt: 0 };
    const paras = Array.from({ length: 30 }, (_, i) => para(`Đoạn ${i}.`, bad));
    const found = run(formatBody, makeContext({ sections: [{ id: 'P2.V', paras }] }));
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/căn đều hai bên, nhưng 30 đoạn căn khác: trái/),
      expect.stringMatching(/lùi vào 1 cm hoặc 1,27 cm, nhưng 30 đoạn lùi khác: 0 cm/),
      expect.stringMatching(/tối thiểu 6 pt, nhưng 30 đoạn/),
    ]);
    expect(found.every((f) => f.rule === 'format-body' && f.severity === 'warning')).toBe(true);
  });

  it('reports font size and line spacing', () => {
    const paras = [para('Nhỏ.', { runDefaults: { ...ND30_BODY.runDefaults, sizePt: 12 } }), para('Giãn.', { lineSpacing: { rule: 'auto', value: 2 } })];
    const msgs = run(formatBody, makeContext({ sections: [{ id: 'P2.V', paras }] })).map((f) => f.message);
    expect(msgs).toEqual([expect.stringContaining('12 pt'), expect.stringContaining('2 dòng')]);
  });

  it('leaves the title block, headings and the "Nơi nhận" block alone', () => {
    const paras = [para('Nơi nhận:', { alignment: 'left', firstLineIndentCm: 0 }), para('- Như trên;', { alignment: 'left' })];
    const ctx = makeContext({ sections: [{ id: 'P2.VI', paras, headingProps: { alignment: 'left' } }] });
    expect(run(formatBody, ctx)).toEqual([]);
  });
});
