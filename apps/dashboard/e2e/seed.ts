import { planDocx, login, multipart, draftBody, type TestApp } from '@cds/server/testing';
import type { AgencyKind } from '@cds/template/enums';

export const E2E_PASSWORD = 'mat-khau-e2e-2026';

/** The agencies of the e2e round, each in one state of the lifecycle (01 and BO-YT come from the server's fixture). */
export const STATES = [
  { code: '01', state: 'submitted' },
  { code: 'BO-YT', state: 'draft' },
  { code: '79', name: 'Thành phố Hồ Chí Minh', kind: 'province', state: 'returned' },
  { code: '48', name: 'Thành phố Đà Nẵng', kind: 'province', state: 'accepted' },
  { code: '31', name: 'Thành phố Hải Phòng', kind: 'province', state: 'late' },
  { code: 'BO-TP', name: 'Bộ Tư pháp', kind: 'central', state: 'not_started' },
] as const;

let n = 0;
const key = () => `e2e-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`;

async function call(t: TestApp, token: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ method, url, payload: payload as string, headers: { ...headers, authorization: `Bearer ${token}` } });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/**
 * Seeds the round with a plan in every state through the real API: synced drafts,
 * submissions of real .docx files (one after the deadline), a return and an acceptance.
 * Returns the submitter and drafter accounts' tokens by agency code.
 */
export async function seedEveryState(t: TestApp): Promise<{ tokens: Record<string, { drafter: string; submitter: string }> }> {
  const admin = await t.token('admin');
  const reviewer = await t.token('reviewer');
  const tokens: Record<string, { drafter: string; submitter: string }> = {
    '01': { drafter: await t.token('drafterA'), submitter: await t.token('submitterA') },
    'BO-YT': { drafter: await t.token('drafterB'), submitter: await t.token('submitterB') },
  };
  for (const s of STATES) {
    if (!('name' in s)) continue;
    const agency = await call(t, admin, 'POST', '/api/admin/agencies', { code: s.code, name: s.name, kind: s.kind });
    const accounts = { drafter: '', submitter: '' };
    for (const role of ['drafter', 'submitter'] as const) {
      const email = `${role}.${s.code.toLowerCase()}@e2e.test.vn`;
      await call(t, admin, 'POST', '/api/admin/users', { email, name: `${role} ${s.code}`, password: E2E_PASSWORD, role, agencyId: agency.id });
      accounts[role] = await login(t.app, email, E2E_PASSWORD);
    }
    tokens[s.code] = accounts;
  }
  const submit = async (code: string, kind: AgencyKind) => {
    const doc = planDocx({ agencyKind: kind }, code);
    await call(
      t,
      tokens[code]!.drafter,
      'PUT',
      '/api/plans/mine/draft',
      draftBody({ plan: doc.plan, completeness: 70, findingsSummary: { error: 0, warning: 3, info: 1 } }),
    );
    const form = multipart({ plan: JSON.stringify(doc.plan), idempotencyKey: key() }, { name: `Kế hoạch CĐS 2026 - ${code}.docx`, bytes: doc.bytes });
    return (await call(t, tokens[code]!.submitter, 'POST', '/api/plans/mine/submit', form.payload, form.headers)).submissionId as number;
  };
  const planOf = async (code: string) => (await call(t, tokens[code]!.drafter, 'GET', '/api/plans/mine')).plan.id as number;

  const central = planDocx({ agencyKind: 'central' }, 'BO-YT');
  await call(
    t,
    tokens['BO-YT']!.drafter,
    'PUT',
    '/api/plans/mine/draft',
    draftBody({ plan: central.plan, completeness: 35, findingsSummary: { error: 4, warning: 6, info: 2 } }),
  );
  await submit('01', 'province');
  await submit('79', 'province');
  await submit('48', 'province');
  await call(t, reviewer, 'POST', `/api/mst/plans/${await planOf('79')}/review`, {
    decision: 'return',
    summary: 'Bổ sung chỉ tiêu',
    comments: [{ section: 'P2.II', comment: 'Thiếu mục tiêu 2030 cho chỉ tiêu NQ03-11.1' }],
  });
  await call(t, reviewer, 'POST', `/api/mst/plans/${await planOf('48')}/review`, { decision: 'accept', summary: '', comments: [] });
  // One plan arrives after the deadline (accepted, flagged late), then the clock comes back.
  const before = t.clock.now;
  t.clock.now = new Date(before.getTime() + 11 * 86_400_000);
  // Sessions are dated by the server's clock: sign in again in the later time.
  for (const role of ['drafter', 'submitter'] as const) tokens['31']![role] = await login(t.app, `${role}.31@e2e.test.vn`, E2E_PASSWORD);
  await submit('31', 'province');
  t.clock.now = before;
  return { tokens };
}
