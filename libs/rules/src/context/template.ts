import type { Template } from '@cds/template';
import { headingOf, sectionById } from '@cds/template';

/** The heading a section prints, for messages ("III. NHIỆM VỤ"); the id when unknown. */
export function headingFor(t: Template, id: string | null): string {
  if (id === null) return 'cấp cao nhất của văn bản';
  const s = sectionById(t, id);
  return s ? headingOf(s) : id;
}
