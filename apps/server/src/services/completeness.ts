import type { SectionSummary } from '@cds/rules';

/**
 * The server's completeness figure (0–100): the share of the template's sections
 * that are present in the document and carry no error-severity finding.
 */
export function completeness(sections: readonly SectionSummary[]): number {
  if (sections.length === 0) return 0;
  const ok = sections.filter((s) => s.present && s.errors === 0).length;
  return Math.round((100 * ok) / sections.length);
}
