import { describe, expect, it } from 'vitest';
import { indicatorTag, itemTag, parseTag, project2025Tag, sectionTag, tableTag, taskTag } from './tags.js';

describe('content-control tags', () => {
  it('round-trips every kind of tag', () => {
    expect(parseTag(sectionTag('P2.III.6'))).toEqual({ kind: 'section', section: 'P2.III.6' });
    expect(parseTag(itemTag('P1.II.2.1', 'shortcomings'))).toEqual({ kind: 'item', section: 'P1.II.2.1', part: 'shortcomings' });
    expect(parseTag(tableTag('indicators'))).toEqual({ kind: 'table', table: 'indicators' });
    expect(parseTag(indicatorTag('NQ03-11.1'))).toEqual({ kind: 'indicator', key: 'NQ03-11.1' });
    expect(parseTag(taskTag(12))).toEqual({ kind: 'task', key: '12' });
    expect(parseTag(project2025Tag(3))).toEqual({ kind: 'project2025', key: '3' });
  });

  it('writes the documented form', () => {
    expect(sectionTag('P1.II')).toBe('cds:section:P1.II');
    expect(itemTag('P1.II.3', 'results')).toBe('cds:item:P1.II.3:results');
    expect(indicatorTag('a b:c')).toBe('cds:indicator:a_b_c');
  });

  it('ignores tags that are not ours or are malformed', () => {
    for (const t of [undefined, '', 'other:section:P1', 'cds:section', 'cds:item:P1.II.3:other', 'cds:table:charts', 'cds:unknown:x', 'cds:section:P1:extra'])
      expect(parseTag(t)).toBeNull();
  });
});
