import { describe, expect, it } from 'vitest';
import { allSections, makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { sectionMisplaced } from './section-misplaced.js';

describe('section-misplaced', () => {
  it('accepts sections under their template parent', () => {
    expect(run(sectionMisplaced, makeContext({ sections: allSections() }))).toEqual([]);
  });

  it('reports a section found under another parent', () => {
    const sections = allSections().map((s) => (s.id === 'P2.III.3' ? { ...s, foundUnder: 'P2.IV' } : s));
    const found = run(sectionMisplaced, makeContext({ sections }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ section: 'P2.III.3', severity: 'error' });
    expect(found[0]!.message).toContain('phải nằm trong mục "III. NHIỆM VỤ" thuộc Phần II');
    expect(found[0]!.message).toContain('IV. GIẢI PHÁP');
  });

  it('does not blame children whose parent is missing', () => {
    const sections = allSections(['P2.III']).map((s) => (s.id.startsWith('P2.III.') ? { ...s, foundUnder: 'P2' } : s));
    expect(run(sectionMisplaced, makeContext({ sections }))).toEqual([]);
  });
});
