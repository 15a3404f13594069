import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** boot.ts in a stand-in browser: a stored token, a location, and a fetch that records what reaches the network. */
async function load(opts: { token: string | null; path?: string; role?: string; storedRole?: string }) {
  vi.resetModules();
  const calls: string[] = [];
  vi.stubGlobal('location', new URL(`http://dash.test${opts.path ?? '/'}`));
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => (k === 'cds.dashboard.token' ? opts.token : k === 'cds.dashboard.role' ? (opts.storedRole ?? null) : null),
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${input} ${new Headers(init?.headers).get('authorization') ?? '-'}`);
      const body = input === '/api/auth/me' ? { role: opts.role ?? 'mst_reviewer' } : { url: input, n: calls.length };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  const boot = await import('./boot');
  return { ...boot, calls };
}
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('boot: the first requests leave before the app has loaded', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('asks /auth/me, then the board and its totals for an MST account, and the client takes those responses once', async () => {
    const b = await load({ token: 'tok' });
    b.boot();
    await settle();
    expect(b.calls).toEqual([
      'GET /api/auth/me Bearer tok',
      'GET /api/mst/board/totals Bearer tok',
      'GET /api/mst/board?sort=agency&dir=asc&page=1&pageSize=200 Bearer tok',
    ]);
    // The client's own request, its parameters in another order: the early response, no new request.
    const auth = { headers: { authorization: 'Bearer tok' }, method: 'GET' };
    const res = await b.earlyFetch('/api/mst/board?page=1&pageSize=200&sort=agency&dir=asc', auth);
    expect(await res.json()).toEqual({ url: '/api/mst/board?sort=agency&dir=asc&page=1&pageSize=200', n: 3 });
    expect(b.calls).toHaveLength(3);
    // Taken once: the next identical request (a refetch) goes to the server.
    await b.earlyFetch('/api/mst/board?sort=agency&dir=asc&page=1&pageSize=200', auth);
    expect(b.calls).toHaveLength(4);
  });

  it('with the role this tab signed in with, asks the board at once; with an agency role, only /auth/me', async () => {
    const mst = await load({ token: 'tok', storedRole: 'admin', role: 'admin' });
    mst.boot();
    // Synchronously, before /auth/me has answered.
    expect(mst.calls).toEqual([
      'GET /api/auth/me Bearer tok',
      'GET /api/mst/board/totals Bearer tok',
      'GET /api/mst/board?sort=agency&dir=asc&page=1&pageSize=200 Bearer tok',
    ]);
    const agency = await load({ token: 'tok', storedRole: 'submitter', role: 'submitter' });
    agency.boot();
    await settle();
    expect(agency.calls).toEqual(['GET /api/auth/me Bearer tok']);
  });

  it('does not hand a response fetched with one token to a request with another, nor to a POST', async () => {
    const b = await load({ token: 'tok' });
    b.boot();
    await settle();
    await b.earlyFetch('/api/auth/me', { headers: { authorization: 'Bearer other' } });
    expect(b.calls.at(-1)).toBe('GET /api/auth/me Bearer other');
    await b.earlyFetch('/api/mst/board/totals', { method: 'POST', headers: { authorization: 'Bearer tok' } });
    expect(b.calls.at(-1)).toBe('POST /api/mst/board/totals Bearer tok');
  });

  it('asks nothing without a token, and not the board for an agency account or on another page', async () => {
    const none = await load({ token: null });
    none.boot();
    await settle();
    expect(none.calls).toEqual([]);
    const drafter = await load({ token: 'tok', role: 'drafter' });
    drafter.boot();
    await settle();
    expect(drafter.calls).toEqual(['GET /api/auth/me Bearer tok']);
    const plan = await load({ token: 'tok', path: '/plans/3' });
    plan.boot();
    await settle();
    expect(plan.calls).toEqual(['GET /api/auth/me Bearer tok']);
  });
});
