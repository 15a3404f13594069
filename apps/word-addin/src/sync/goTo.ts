import type { Finding } from '@cds/rules';
import { placeOf, selectPlace, validateDocument } from '@cds/word-adapter';

/**
 * Selects a finding's place in the open document (Word scrolls to it): its block, else
 * its section's heading or control, as the check panel's "Đi tới" does. The submission
 * flow's findings come from the analysis alone (no places), so the document is read
 * again at the click: the place is where the text is now, not where it was at the check.
 * False when there is nowhere to go (a whole-document finding, a block since deleted).
 */
export async function goToFinding(f: Pick<Finding, 'blockId' | 'section'>): Promise<boolean> {
  const v = await validateDocument();
  const heading = new Map(v.analysis.sections.map((s) => [s.id, s.blockId]));
  const control = new Map(v.analysis.outline.sections.filter((s) => s.controlId).map((s) => [s.id, s.controlId!]));
  const place = placeOf(f, v.reading, (id) => heading.get(id) ?? control.get(id) ?? null);
  return place ? selectPlace(place) : false;
}
