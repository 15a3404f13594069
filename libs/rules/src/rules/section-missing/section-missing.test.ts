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
    expect(f).toMatchObject({
      rule: 'section-missing',
      severity: 'error',
      section: 'P2.V',
      fix: { kind: 'insertSection', section: 'P2.V', afterSection: 'P2.IV.6' },
    });
    expect(f!.message).toContain('V. TỔ CHỨC THỰC HIỆN');
    // The message names the template's neighbour (its previous sibling), the fix the nearest present section.
    expect(f!.message).toContain('đứng ngay sau mục "IV. GIẢI PHÁP"');
  });

  it('reports a missing subtree once, at its root', () => {
    const drop = ['P2.IV', 'P2.IV.1', 'P2.IV.2', 'P2.IV.3', 'P2.IV.4', 'P2.IV.5', 'P2.IV.6'];
    const found = run(sectionMissing, makeContext({ sections: allSections(drop) }));
    expect(found.map((f) => f.section)).toEqual(['P2.IV']);
  });

  it('names the template neighbour even when that neighbour is missing too', () => {
    const found = run(sectionMissing, makeContext({ sections: [] }));
    expect(found.map((f) => f.section)).toEqual(['P1', 'P2']);
    expect(found[0]!.message).toContain('đây là mục đầu tiên');
    expect(found[1]!.message).toMatch(/đứng ngay sau mục "Phần I\. ĐÁNH GIÁ/);
  });

  it('says a missing first child is the first of its parent', () => {
    const [f] = run(sectionMissing, makeContext({ sections: allSections(['P1.II.1']) }));
    expect(f!.message).toMatch(/đầu tiên trong mục "II\. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ/);
  });

  it('inserts the first section at the start, pointing at the start of the document', () => {
    const ctx = makeContext({ sections: allSections(['P1']).filter((s) => s.id !== 'P1') });
    const found = run(sectionMissing, ctx);
    expect(found[0]).toMatchObject({ section: 'P1', fix: { afterSection: null }, blockId: ctx.doc.body[0]!.id });
  });
});
