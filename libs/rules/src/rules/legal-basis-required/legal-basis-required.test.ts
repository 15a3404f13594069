import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { legalBasisRequired } from './legal-basis-required.js';

const NQ57 = '- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;';
const NQ71 = '- Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;';

describe('legal-basis-required', () => {
  it('accepts P2.I citing both resolutions', () => {
    expect(run(legalBasisRequired, makeContext({ sections: [{ id: 'P2.I', paras: [NQ57, NQ71] }] }))).toEqual([]);
  });

  it('accepts citations written another way (words date, no "số", NFD)', () => {
    const paras = ['Căn cứ Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024;', NQ71.normalize('NFD')];
    expect(run(legalBasisRequired, makeContext({ sections: [{ id: 'P2.I', paras }] }))).toEqual([]);
  });

  it('reports a missing resolution with a fix inserting the correct citation', () => {
    const found = run(legalBasisRequired, makeContext({ sections: [{ id: 'P2.I', paras: [NQ57] }] }));
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'legal-basis-required',
        severity: 'error',
        section: 'P2.I',
        fix: { kind: 'insertParagraph', section: 'P2.I', text: '- Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;' },
      }),
    ]);
    expect(found[0]!.message).toContain('71/NQ-CP');
  });

  it('does not run when P2.I is absent', () => {
    expect(run(legalBasisRequired, makeContext({ sections: [{ id: 'P2.II', paras: [] }] }))).toEqual([]);
  });
});
