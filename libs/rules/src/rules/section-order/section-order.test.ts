import { describe, expect, it } from 'vitest';
import { allSections, makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { longestIncreasing, sectionOrder } from './section-order.js';

describe('section-order', () => {
  it('accepts sections in template order', () => {
    expect(run(sectionOrder, makeContext({ sections: allSections() }))).toEqual([]);
  });

  it('reports one finding when two sibling sections are swapped', () => {
    const sections = allSections();
    const a = sections.findIndex((s) => s.id === 'P1.II.3');
    const b = sections.findIndex((s) => s.id === 'P1.II.4');
    [sections[a], sections[b]] = [sections[b]!, sections[a]!];
    const found = run(sectionOrder, makeContext({ sections }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'section-order', severity: 'error' });
    expect(['P1.II.3', 'P1.II.4']).toContain(found[0]!.section);
  });

  it('reports a section moved far away, not the ones it jumped over', () => {
    const sections = allSections();
    const i = sections.findIndex((s) => s.id === 'P2.V');
    const [v] = sections.splice(i, 1);
    sections.splice(
      sections.findIndex((s) => s.id === 'P2.I'),
      0,
      v!,
    );
    const found = run(sectionOrder, makeContext({ sections }));
    expect(found.map((f) => f.section)).toEqual(['P2.V']);
    expect(found[0]!.message).toContain('phải đứng sau "6. Tăng cường hợp tác');
  });
});

describe('longestIncreasing', () => {
  it('keeps a longest increasing run', () => {
    expect([...longestIncreasing([0, 1, 5, 2, 3, 4])].sort()).toEqual([0, 1, 3, 4, 5]);
    expect(longestIncreasing([]).size).toBe(0);
  });
});
