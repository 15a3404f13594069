import { describe, expect, it } from 'vitest';
import { allSections, makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { sectionMissing } from './section-missing.js';

describe('section-missing', () => {
  it('accepts a plan with every section', () => {
    expect(run(sectionMissing, makeContext({ sections: allSections() }))).toEqual([]);
  });

  it('reports a missing section with a fix that inserts it after the previous one', () => {
    const ctx = makeContext({ sections: allSections(['P2.V']) });
    const [f, ...rest] = run(sectionMissing, ctx);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'section-missing', severity: 'error', section: 'P2.V', fix: { kind: 'insertSection', section: 'P2.V', afterSection: 'P2.IV.6' } });
    expect(f!.message).toContain('V. TỔ CHỨC THỰC HIỆN');
    expect(f!.message).toContain('6. Tăng cường hợp tác');
  });

  it('reports a missing subtree once, at its root', () => {
    const drop = ['P2.IV', 'P2.IV.1', 'P2.IV.2', 'P2.IV.3', 'P2.IV.4', 'P2.IV.5', 'P2.IV.6'];
    const found = run(sectionMissing, makeContext({ sections: allSections(drop) }));
    expect(found.map((f) => f.section)).toEqual(['P2.IV']);
  });

  it('inserts the first section at the start', () => {
    const found = run(sectionMissing, makeContext({ sections: allSections(['P1']).filter((s) => s.id !== 'P1') }));
    expect(found[0]).toMatchObject({ section: 'P1', fix: { afterSection: null }, blockId: null });
  });
});
