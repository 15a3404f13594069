import type * as z from 'zod';
import type { PlanCompareSchema } from '@cds/api';
import type { PlanData } from '@cds/plan';
import type { Repositories } from '../plugins/app/repositories.js';
import type { Actor } from '../repositories/ownership.js';
import { dashboardMessages as m } from './dashboard-messages.vi.js';
import { diffPlans } from './plan-diff.js';

type Compare = z.infer<typeof PlanCompareSchema>;

interface Version {
  ref: string;
  label: string;
  at: string;
  plan: PlanData;
}

/** A revision (`r<n>`) or submission (`s<id>`) of the plan, with its data; undefined when there is none. */
export async function planVersion(repos: Repositories, actor: Actor, planId: number, ref: string): Promise<Version | undefined> {
  const n = Number(ref.slice(1));
  if (ref.startsWith('r')) {
    const r = await repos.plans.revision(actor, planId, n);
    return r && { ref, label: m.revisionLabel(r.number), at: r.createdAt.toISOString(), plan: r.plan };
  }
  const s = await repos.mst.submissionPlan(actor, planId, n);
  return s && { ref, label: m.submissionLabel(s.receiptNumber), at: s.submittedAt.toISOString(), plan: s.plan };
}

export type CompareResult = { kind: 'plan_not_found' } | { kind: 'version_not_found'; ref: string } | { kind: 'ok'; compare: Compare };

/** Two versions of one plan (revisions `r<n>` or submissions `s<id>`) and what changed from the first to the second. */
export async function comparePlanVersions(repos: Repositories, actor: Actor, planId: number, from: string, to: string): Promise<CompareResult> {
  if (!(await repos.plans.byId(actor, planId))) return { kind: 'plan_not_found' };
  const [a, b] = await Promise.all([planVersion(repos, actor, planId, from), planVersion(repos, actor, planId, to)]);
  if (!a) return { kind: 'version_not_found', ref: from };
  if (!b) return { kind: 'version_not_found', ref: to };
  const strip = ({ plan: _p, ...meta }: Version) => meta;
  return { kind: 'ok', compare: { from: strip(a), to: strip(b), ...diffPlans(a.plan, b.plan) } };
}
