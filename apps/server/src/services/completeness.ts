import type { Outline } from '@cds/plan';
import type { Finding } from '@cds/rules';
import { getTemplate } from '@cds/template';

/**
 * The server's completeness figure (0–100): the share of the template's sections
 * that are present and carry no error-severity finding.
 */
export function completeness(templateVersion: string, outline: Outline, findings: Finding[]): number {
  const sections = getTemplate(templateVersion).sections;
  if (sections.length === 0) return 0;
  const present = new Set(outline.sections.map((s) => s.id));
  const broken = new Set(findings.filter((f) => f.severity === 'error' && !f.ignored && f.section).map((f) => f.section));
  const ok = sections.filter((s) => present.has(s.id) && !broken.has(s.id)).length;
  return Math.round((100 * ok) / sections.length);
}
