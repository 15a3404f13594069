import type { TestApp } from './helper.js';
import type { AccountName } from './fixture.js';
import { draftBody } from './draft.js';
import { multipart } from './multipart.js';
import type { PlanDocx } from './docx.js';

let n = 0;
const key = (what: string) => `${what}-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`;

/** Syncs `doc.plan` as a draft of the account's agency; returns the plan id. */
export async function syncDraft(t: TestApp, account: AccountName, doc: Pick<PlanDocx, 'plan'>, completeness = 50, baseRevision = 0): Promise<number> {
  const res = await t.as(account, {
    method: 'PUT',
    url: '/api/plans/mine/draft',
    payload: draftBody({ plan: doc.plan, completeness, baseRevision, findingsSummary: { error: 1, warning: 2, info: 3 } }),
  });
  if (res.statusCode !== 201) throw new Error(`sync: ${res.statusCode} ${res.body}`);
  return res.json().plan.id;
}

/** Submits the .docx through the add-in's route; returns the submission id. */
export async function submitDocx(t: TestApp, account: AccountName, doc: PlanDocx, fileName = 'Kế hoạch CĐS 2026.docx'): Promise<number> {
  const form = multipart({ plan: JSON.stringify(doc.plan), idempotencyKey: key('submit') }, { name: fileName, bytes: doc.bytes });
  const res = await t.as(account, { method: 'POST', url: '/api/plans/mine/submit', ...form });
  if (res.statusCode !== 201) throw new Error(`submit: ${res.statusCode} ${res.body}`);
  return res.json().submissionId;
}

/** MST's decision on a submitted plan. */
export async function review(t: TestApp, planId: number, decision: 'accept' | 'return', comments: { section: string; comment: string }[] = []) {
  const res = await t.as('reviewer', {
    method: 'POST',
    url: `/api/mst/plans/${planId}/review`,
    payload: { decision, summary: decision === 'return' ? 'Cần bổ sung' : '', comments },
  });
  if (res.statusCode !== 200) throw new Error(`review: ${res.statusCode} ${res.body}`);
  return res.json();
}
