import type { Ignore } from '@cds/plan';
import type { Finding, Severity } from './finding.js';
import { msg } from './messages.vi.js';
import type { ReportInput, Rule, RuleContext } from './rule.js';
import { sectionWhere } from './context/template.js';
import { allRules } from './registry.js';

/**
 * Runs rules over a context. Stamps each finding with its rule id and severity,
 * never throws (a throwing rule becomes one `info` finding "rule-crashed", so one
 * broken rule never hides the others), and marks findings the document ignores.
 */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = allRules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) for (const f of runRule(ctx, rule)) findings.push(f);
  return applyIgnores(findings, ctx.plan?.ignores ?? []);
}

/** One rule's findings, stamped, ignores not applied (a throw becomes one `rule-crashed` finding). */
export function runRule(ctx: RuleContext, rule: Rule): Finding[] {
  const findings: Finding[] = [];
  try {
    rule.run(ctx, (input) => findings.push(toFinding(ctx, rule.id, rule.severity, input)));
  } catch (e) {
    const data = { rule: rule.id, error: e instanceof Error ? e.message : String(e) };
    // What the rule reported before it threw stays, followed by the crash.
    findings.push(toFinding(ctx, 'rule-crashed', 'info', { section: null, blockId: null, messageId: 'ruleCrashed', data }));
  }
  return findings;
}

/** A reported finding, stamped and rendered: the section's name joins the data, so every message can say `{where}`. */
function toFinding(ctx: RuleContext, rule: string, severity: Severity, input: ReportInput): Finding {
  const { severity: own, messageId, data: given, ...place } = input;
  const data = place.section && ctx.template ? { where: sectionWhere(ctx.template, place.section), ...given } : { ...given };
  return { ...place, severity: own ?? severity, rule, message: msg(messageId, data), messageId, data };
}

/**
 * An ignore matches a finding of the same rule; its section and block, when set,
 * must match too (null in an ignore means "any").
 */
export function applyIgnores(findings: Finding[], ignores: readonly Ignore[]): Finding[] {
  if (!ignores.length) return findings;
  return findings.map((f) => {
    const hit = ignores.find((i) => i.rule === f.rule && (i.section === null || i.section === f.section) && (i.blockId === null || i.blockId === f.blockId));
    return hit ? { ...f, ignored: { reason: hit.reason } } : f;
  });
}
