import type { ClientPlan } from '@cds/api';
import { findTemplate, sectionById } from '@cds/template';
import { formatMessages } from '../messages.vi.js';

export interface FieldIssue {
  /** Where, as the error handler names fields ("body.plan.sections.3.id"). */
  path: string;
  message: string;
}

/**
 * What the contract's schema cannot know: a client's plan must be made on the round's
 * template, and every section id it names must be one of that template's canonical
 * ids. Returns the issues (empty when the plan fits).
 */
export function checkPlanTemplate(plan: ClientPlan, roundTemplate: string, at = 'body.plan'): FieldIssue[] {
  if (!findTemplate(plan.templateVersion)) return [{ path: `${at}.templateVersion`, message: formatMessages.unknownTemplate(plan.templateVersion) }];
  if (plan.templateVersion !== roundTemplate)
    return [{ path: `${at}.templateVersion`, message: formatMessages.templateMismatch(plan.templateVersion, roundTemplate) }];
  const template = findTemplate(roundTemplate)!;
  const issues: FieldIssue[] = [];
  const check = (id: string | null, path: string) => {
    if (id !== null && !sectionById(template, id) && issues.length < 20) issues.push({ path, message: formatMessages.unknownSection(id, roundTemplate) });
  };
  plan.sections.forEach((s, i) => check(s.id, `${at}.sections.${i}.id`));
  plan.tasks.forEach((t, i) => check(t.section, `${at}.tasks.${i}.section`));
  plan.ignores.forEach((g, i) => check(g.section, `${at}.ignores.${i}.section`));
  return issues;
}
