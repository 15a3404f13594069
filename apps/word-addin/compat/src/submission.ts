import { readDocx } from '@cds/docx';
import type { CatalogEntry } from '@cds/plan';
import { analyze } from '@cds/rules';
import { request } from './http.js';
import type { AgencyKind } from '@cds/template/enums';

/**
 * Submission from the compatibility pane, through the server's own routes
 * (`@cds/api`: POST /auth/login, GET /auth/me, GET /rounds/current,
 * POST /plans/mine/submit). The plan sent beside the file is extracted from those
 * very bytes by the same core the server runs, with the agency's kind and the
 * round's catalogue, so the server's comparison sees the same data.
 */
export interface SignedIn {
  token: string;
  name: string;
  role: string;
  agency: { code: string; name: string; kind: AgencyKind } | null;
}

export interface Receipt {
  number: string;
  submittedAt: string;
  sha256: string;
  size: number;
  late: boolean;
  replayed: boolean;
  message: string;
}

export async function signIn(api: string, email: string, password: string): Promise<SignedIn> {
  const login = await request<{ token: string }>('POST', `${api}/auth/login`, { json: { email, password } });
  const me = await request<{ name: string; role: string; agency: SignedIn['agency'] }>('GET', `${api}/auth/me`, { token: login.token });
  return { token: login.token, name: me.name, role: me.role, agency: me.agency };
}

/** A key the server uses to recognise a retry of the same submission. */
export function newIdempotencyKey(now = Date.now()): string {
  let r = '';
  for (let i = 0; i < 16; i++) r += Math.floor(Math.random() * 16).toString(16);
  return `compat-${now.toString(36)}-${r}`;
}

export async function submitPlan(api: string, who: SignedIn, bytes: Uint8Array, fileName: string, idempotencyKey: string): Promise<Receipt> {
  const round = await request<{ catalog: { entries: CatalogEntry[] } }>('GET', `${api}/rounds/current`, { token: who.token });
  const { plan } = analyze(readDocx(bytes), { agencyKind: who.agency?.kind ?? null, agencyCode: who.agency?.code ?? null, catalog: round.catalog.entries });
  const form = new FormData();
  form.append('idempotencyKey', idempotencyKey);
  form.append('plan', JSON.stringify(plan));
  form.append(
    'file',
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    fileName,
  );
  return request<Receipt>('POST', `${api}/plans/mine/submit`, { token: who.token, form });
}

/** dd/mm/yyyy hh:mm in Hanoi time (UTC+7, no daylight saving), without Intl's time zones, which IE11 lacks. */
export function hanoiTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const two = (n: number) => (n < 10 ? '0' : '') + n;
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** Sends the diagnostics report (POST /api/diagnostics, any signed-in user). */
export function sendDiagnostics(api: string, who: SignedIn, report: unknown): Promise<{ id: number; passed: number; failed: number }> {
  return request('POST', `${api}/diagnostics`, { token: who.token, json: report });
}
