import { describe, expect, it } from 'vitest';
import { allSections, makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { sectionDuplicate } from './section-duplicate.js';

describe('section-duplicate', () => {
  it('accepts sections that appear once', () => {
    expect(run(sectionDuplicate, makeContext({ sections: allSections() }))).toEqual([]);
  });

  it('reports the second occurrence at its heading', () => {
    const sections = allSections();
    const i = sections.findIndex((s) => s.id === 'P2.III.6');
    sections.splice(i + 1, 0, { id: 'P2.III.6', paras: ['Lặp lại.'] });
    const ctx = makeContext({ sections });
    const found = run(sectionDuplicate, ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ section: 'P2.III.6', severity: 'error', blockId: ctx.outline.sections[i + 1]!.headingBlockId });
    expect(found[0]!.message).toContain('2 lần');
  });
});
