import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { legalBasisWrongNumber } from './legal-basis-wrong-number.js';

const ctx = (text: string) => makeContext({ sections: [{ id: 'P2.I', paras: [text] }] });

describe('legal-basis-wrong-number', () => {
  it.each([
    ['Nghị quyết số 57/NQ-TW ngày 22/12/2024 của Bộ Chính trị', '57/NQ-TW', '57-NQ/TW'],
    ['Nghị quyết số 03-NQ/CP ngày 09/01/2025 của Chính phủ', '03-NQ/CP', '03/NQ-CP'],
  ])('reports %s with the number it should carry', (text, found, expected) => {
    const c = ctx(text);
    const [f, ...rest] = run(legalBasisWrongNumber, c);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'legal-basis-wrong-number',
      severity: 'error',
      section: 'P2.I',
      blockId: c.outline.sections[0]!.contentBlockIds[0],
      data: { found, expected },
    });
  });

  it('accepts the right number, and a wrong date is not its business', () => {
    expect(run(legalBasisWrongNumber, ctx('Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ'))).toEqual([]);
    expect(run(legalBasisWrongNumber, ctx('Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ'))).toEqual([]);
  });
});
