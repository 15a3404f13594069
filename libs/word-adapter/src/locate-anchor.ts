import { recognize } from '@cds/plan';
import { ancestorsOf, getTemplate, sectionTag, templateOrder } from '@cds/template';
import type { WordReading } from './read.js';
import type { Place } from './types.js';

/** Where to insert something in Word, from a reading. */
export type Anchor = { kind: 'before'; place: Place } | { kind: 'controlEnd'; tag: string } | { kind: 'bodyEnd' };

/**
 * Where a missing section belongs: before the first section present after it in
 * template order, as long as that one shares its parent; otherwise at the end of the
 * parent's control (structured documents) or before that next section (plain ones).
 */
export function sectionAnchor(reading: WordReading, sectionId: string, templateVersion?: string): Anchor {
  return anchorAfter(reading, sectionId, false, templateVersion);
}

/** The end of a section's own text (before its first subsection or the next section). */
export function sectionTextEndAnchor(reading: WordReading, sectionId: string, templateVersion?: string): Anchor {
  return anchorAfter(reading, sectionId, true, templateVersion);
}

function anchorAfter(reading: WordReading, sectionId: string, ownTextOnly: boolean, templateVersion?: string): Anchor {
  const t = getTemplate(templateVersion);
  const outline = recognize(reading.doc, t);
  const order = templateOrder(t, sectionId);
  const parents = ancestorsOf(t, sectionId);
  // For the section's own text, the section itself is the "parent" the anchor stays in.
  const parent = ownTextOnly ? sectionId : parents[0];
  const next = outline.sections
    .filter((s) => templateOrder(t, s.id) > order && (ownTextOnly || !ancestorsOf(t, s.id).includes(sectionId)))
    .sort((a, b) => templateOrder(t, a.id) - templateOrder(t, b.id))[0];
  const parentFound = parent ? outline.sections.find((s) => s.id === parent) : undefined;
  const nextInParent = next && (!parent || ancestorsOf(t, next.id).includes(parent));
  // A structured parent keeps what is inserted inside its control.
  if (parentFound?.via === 'control' && !nextInParent) return { kind: 'controlEnd', tag: sectionTag(parent!) };
  if (next) {
    const place = (next.controlId && reading.places[next.controlId]) || reading.places[next.headingBlockId];
    if (place) return { kind: 'before', place };
  }
  return { kind: 'bodyEnd' };
}
