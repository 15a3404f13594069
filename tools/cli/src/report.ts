import { getTemplate, headingOf } from '@cds/template';
import type { Finding } from '@cds/rules';
import { cliMessages as m } from './messages.vi.js';
import type { ValidationJson as Json } from './validation-schema.js';

const ICON = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/** Human-readable findings, grouped by section in template order, with a summary line. */
export function renderReport(json: Json, result: { plan: { templateVersion: string } }): string {
  const template = getTemplate(result.plan.templateVersion);
  const order = new Map(template.sections.map((s, i) => [s.id, i]));
  const groups = new Map<string | null, Finding[]>();
  for (const f of json.findings) groups.set(f.section, [...(groups.get(f.section) ?? []), f]);
  const keys = [...groups.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : (order.get(a) ?? 999) - (order.get(b) ?? 999)));

  const lines: string[] = [m.agencyLine(json.agency.name, json.agency.kind ? m.agencyKind[json.agency.kind].toLocaleLowerCase('vi') : null), ''];
  for (const key of keys) {
    const section = key ? template.sections.find((s) => s.id === key) : undefined;
    const found = key ? json.sections.find((s) => s.id === key) : undefined;
    lines.push(key === null ? m.documentLevel : `${key} ${section ? headingOf(section) : ''}${found ? '' : ` ${m.sectionNotFound}`}`);
    for (const f of groups.get(key)!) {
      const tail = f.ignored ? ` (${m.ignored(f.ignored.reason)})` : '';
      lines.push(`  ${ICON[f.severity]} ${m.severity[f.severity]} [${f.rule}]: ${f.message}${tail}`);
    }
    lines.push('');
  }
  if (json.findings.length === 0) lines.push(m.clean);
  lines.push(m.summary(json.file, json.sections.length, json.summary.error, json.summary.warning, json.summary.info));
  return lines.join('\n');
}
