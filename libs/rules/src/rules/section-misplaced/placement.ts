import type { OutlineSection } from '@cds/plan';
import { ancestorsOf, sectionById } from '@cds/template';
import type { Template } from '@cds/template';

/**
 * True when a section sits under a parent other than its template parent. When
 * the template parent is missing, being found under one of its ancestors is not
 * misplacement (the missing parent is reported instead).
 */
export function isMisplaced(t: Template, s: OutlineSection, present: ReadonlyMap<string, unknown>): boolean {
  const parent = sectionById(t, s.id)?.parent ?? null;
  if (s.foundUnder === parent) return false;
  if (parent !== null && !present.has(parent)) {
    const up = ancestorsOf(t, parent);
    if (s.foundUnder === null || up.includes(s.foundUnder)) return false;
  }
  return true;
}
