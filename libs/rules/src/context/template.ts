import type { Template } from '@cds/template';
import { headingOf, sectionById } from '@cds/template';
import { msg } from '../messages.vi.js';

/** The heading a section prints, for messages ("III. NHIỆM VỤ"); the id when unknown. */
export function headingFor(t: Template, id: string | null): string {
  if (id === null) return 'cấp cao nhất của văn bản';
  const s = sectionById(t, id);
  return s ? headingOf(s) : id;
}

/**
 * A section named as the drafter sees it in the document: its number and title, and
 * the Phần it belongs to ("5. Dữ liệu số" thuộc Phần I). Messages use it instead of the
 * canonical id; very long titles are shortened.
 */
export function sectionWhere(t: Template, id: string): string {
  const s = sectionById(t, id);
  if (!s) return `"${id}"`;
  const heading = `"${shorten(headingOf(s))}"`;
  if (s.level === 0) return heading;
  const part = sectionById(t, id.split('.')[0]!);
  return part ? `${heading} thuộc Phần ${part.number}` : heading;
}

/** "mục "II. …" thuộc Phần I", or the top level of the document, for placement messages. */
export function parentPhrase(t: Template, id: string | null): string {
  return id === null ? msg('topLevel') : msg('inSection', { heading: sectionWhere(t, id) });
}

/** A section's own heading, quoted and shortened, for neighbours in the same part ("4. Về công tác …"). */
export function quotedHeading(t: Template, id: string): string {
  const s = sectionById(t, id);
  return `"${shorten(s ? headingOf(s) : id)}"`;
}

const shorten = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);
