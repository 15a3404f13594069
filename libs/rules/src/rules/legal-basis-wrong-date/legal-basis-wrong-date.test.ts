import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { legalBasisWrongDate } from './legal-basis-wrong-date.js';

const ctx = (text: string) => makeContext({ sections: [{ id: 'P2.I', paras: [text] }] });

describe('legal-basis-wrong-date', () => {
  it.each([
    'Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ',
    'Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020',
    'Nghị quyết số 71/NQ-CP của Chính phủ',
    'Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục',
    'Quyết định số 749/QĐ-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh',
  ])('accepts %s', (text) => {
    expect(run(legalBasisWrongDate, ctx(text))).toEqual([]);
  });

  it('reports a known document cited with a wrong date', () => {
    const c = ctx('- Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ;');
    const found = run(legalBasisWrongDate, c);
    expect(found).toEqual([
      expect.objectContaining({ rule: 'legal-basis-wrong-date', severity: 'error', section: 'P2.I', blockId: c.outline.sections[0]!.contentBlockIds[0] }),
    ]);
    expect(found[0]!.message).toContain('01/5/2025');
    expect(found[0]!.message).toContain('01/4/2025');
  });

  it('leaves a miswritten number to legal-basis-wrong-number', () => {
    expect(run(legalBasisWrongDate, ctx('Nghị quyết số 57/NQ-TW ngày 22/12/2024 của Bộ Chính trị'))).toEqual([]);
  });
});
