import { createApiClient, type ApiClient } from '@cds/api';
import { sampleCatalog } from '@cds/plan';
import { analyze } from '@cds/rules';
import type { WordHost } from '@cds/word-host';
import { eq } from 'drizzle-orm';
// The real server in process (PGlite) and its fetch over app.inject, through the server's test entry.
import { build, injectFetch, schema, storedRevisions as revisionsIn, type AccountName, type TestApp } from '@cds/server/testing';
import type { PlanReading, SessionUser } from '../deps.js';

const { submissions } = schema;
export { planDocx } from '@cds/server/testing';

export { build, type TestApp };

/** A fetch that can be cut off (a lost connection) and that counts what it sent, by path. */
export function switchableFetch(inner: typeof fetch) {
  const state = {
    online: true,
    /** Answers to lose after the server has handled the request. */ dropAnswers: 0,
    requests: [] as { method: string; path: string; bytes: number }[],
  };
  const f: typeof fetch = async (input, init) => {
    if (!state.online) throw new TypeError('Failed to fetch');
    const request = new Request(typeof input === 'string' || input instanceof URL ? new URL(String(input), 'http://server.test') : input, init);
    const body = request.body ? new Uint8Array(await request.clone().arrayBuffer()) : null;
    state.requests.push({ method: request.method, path: new URL(request.url).pathname, bytes: body?.length ?? 0 });
    const response = await inner(request);
    if (state.dropAnswers > 0) {
      state.dropAnswers--;
      throw new TypeError('connection reset');
    }
    return response;
  };
  return Object.assign(state, { fetch: f, count: (path: string) => state.requests.filter((r) => r.path.endsWith(path)).length });
}

/** The typed client signed in as a fixture account, over a switchable fetch, and the user it is. */
export async function clientFor(t: TestApp, account: AccountName): Promise<{ client: ApiClient; user: SessionUser; net: ReturnType<typeof switchableFetch> }> {
  const net = switchableFetch(injectFetch(t.app));
  const token = await t.token(account);
  const client = createApiClient({ baseUrl: 'http://server.test/api', getToken: () => token, fetch: net.fetch });
  const user = await client.me();
  net.requests.length = 0;
  return { client, user, net };
}

/** The pane's reading of the open document: what getFileAsync would give, judged by the core as agency A. */
export function hostReader(host: WordHost, agencyCode = '01', agencyKind: 'province' | 'central' = 'province') {
  return async (): Promise<PlanReading> => analyze(host.fileModel(), { agencyKind, agencyCode, catalog: sampleCatalog.entries });
}

/** The revisions stored in the database, oldest first, each with its plan as the server reads it. */
export async function storedRevisions(t: TestApp) {
  return (await revisionsIn(t.app.db)).sort((a, b) => a.number - b.number);
}

export async function storedSubmission(t: TestApp, id: number) {
  return (await t.app.db.select().from(submissions).where(eq(submissions.id, id)))[0];
}
