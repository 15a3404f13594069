import type { Finding } from '../finding.js';
import type { Rule, RuleContext } from '../rule.js';
import { runRules } from '../engine.js';

/** Runs one rule through the engine (so findings are stamped as in production). */
export function run(rule: Rule, ctx: RuleContext): Finding[] {
  return runRules(ctx, [rule]);
}
