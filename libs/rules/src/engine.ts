import type { Ignore } from '@cds/plan';
import type { Finding } from './finding.js';
import { msg } from './messages.vi.js';
import type { Rule, RuleContext } from './rule.js';
import { allRules } from './registry.js';

/**
 * Runs rules over a context. Stamps each finding with its rule id and severity,
 * never throws (a throwing rule becomes one `info` finding "rule-crashed", so one
 * broken rule never hides the others), and marks findings the document ignores.
 */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = allRules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      rule.run(ctx, (input) => {
        const { severity, ...rest } = input;
        findings.push({ ...rest, severity: severity ?? rule.severity, rule: rule.id });
      });
    } catch (e) {
      findings.push({
        severity: 'info',
        rule: 'rule-crashed',
        section: null,
        blockId: null,
        message: msg('ruleCrashed', { rule: rule.id, error: e instanceof Error ? e.message : String(e) }),
      });
    }
  }
  return applyIgnores(findings, ctx.plan?.ignores ?? []);
}

/**
 * An ignore matches a finding of the same rule; its section and block, when set,
 * must match too (null in an ignore means "any").
 */
export function applyIgnores(findings: Finding[], ignores: readonly Ignore[]): Finding[] {
  if (!ignores.length) return findings;
  return findings.map((f) => {
    const hit = ignores.find(
      (i) => i.rule === f.rule && (i.section === null || i.section === f.section) && (i.blockId === null || i.blockId === f.blockId),
    );
    return hit ? { ...f, ignored: { reason: hit.reason } } : f;
  });
}
