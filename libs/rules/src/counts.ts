import type { Finding, SeverityCounts } from './finding.js';

export const noFindings = (): SeverityCounts => ({ error: 0, warning: 0, info: 0 });

/** Counts the findings by severity; a finding ignored with a reason does not count. */
export function countFindings(findings: readonly Pick<Finding, 'severity' | 'ignored'>[]): SeverityCounts {
  const c = noFindings();
  for (const f of findings) if (!f.ignored) c[f.severity]++;
  return c;
}

/**
 * The plan's completeness (0–100): the share of the template's sections that are
 * present in the document and carry no error-severity finding. The add-in shows it
 * and sends it with each draft; the server computes it again from the file on submission.
 */
export function completeness(sections: readonly { present: boolean; error: number }[]): number {
  if (sections.length === 0) return 0;
  const ok = sections.filter((s) => s.present && s.error === 0).length;
  return Math.round((100 * ok) / sections.length);
}
