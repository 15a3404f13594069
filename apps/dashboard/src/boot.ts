/**
 * The first requests, started by the entry chunk before the app's code has loaded:
 * with a stored token, /auth/me at once, and for an MST account on the board the
 * board's first page and totals as soon as /auth/me says who it is. The typed client
 * picks these responses up (`earlyFetch`) instead of asking again, so the board's data
 * is on its way while React, Fluent and the schemas are still being fetched and parsed.
 *
 * No imports but types: this module is in the entry chunk and must stay tiny.
 */
import type { BoardSort } from '@cds/api';

export const TOKEN_KEY = 'cds.dashboard.token';
/** The signed-in account's role, kept beside the token so a reload can ask for the board without waiting for /auth/me. */
export const ROLE_KEY = 'cds.dashboard.role';
const MST_ROLES = ['mst_reviewer', 'admin'];
/** The board's page size and opening sort: BoardPage asks for exactly these first. */
export const BOARD_PAGE_SIZE = 200;
export const BOARD_DEFAULT_SORT: { by: BoardSort; dir: 'asc' | 'desc' } = { by: 'agency', dir: 'asc' };
/** A response not taken by then is dropped (a later request asks the server again). */
const MAX_AGE_MS = 15_000;

interface Early {
  response: Promise<Response>;
  token: string;
  at: number;
}
const early = new Map<string, Early>();

/** `/api/x?b=2&a=1` → `/api/x?a=1&b=2`: the same request whatever the order of its parameters. */
function keyOf(url: string): string {
  const u = new URL(url, location.origin);
  const params = [...u.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${u.pathname}?${new URLSearchParams(params).toString()}`;
}

function start(url: string, token: string) {
  const response = fetch(url, { headers: { accept: 'application/json', authorization: `Bearer ${token}` } });
  // A failed early request is simply not used: the app's own request will report the error.
  response.catch(() => early.delete(keyOf(url)));
  early.set(keyOf(url), { response, token, at: performance.now() });
  return response;
}

/** Starts the first requests (once, from the entry module). */
export function boot(): void {
  let token: string | null = null;
  let role: string | null = null;
  try {
    token = sessionStorage.getItem(TOKEN_KEY);
    role = sessionStorage.getItem(ROLE_KEY);
  } catch {
    /* storage refused: sign-in will follow */
  }
  if (!token) return;
  const onBoard = location.pathname === '/' || location.pathname === '/board';
  const board = (t: string) => {
    start('/api/mst/board/totals', t);
    start(`/api/mst/board?sort=${BOARD_DEFAULT_SORT.by}&dir=${BOARD_DEFAULT_SORT.dir}&page=1&pageSize=${BOARD_PAGE_SIZE}`, t);
  };
  const me = start('/api/auth/me', token);
  if (!onBoard) return;
  // The role known from this tab's sign-in: all three at once. Otherwise the board once /auth/me says MST.
  if (role) {
    if (MST_ROLES.includes(role)) board(token);
    return;
  }
  void me
    .then(async (res) => {
      if (!res.ok) return;
      const user = (await res.clone().json()) as { role?: string };
      if (user.role && MST_ROLES.includes(user.role)) board(token);
    })
    .catch(() => undefined);
}

/**
 * The fetch the typed client uses: a GET that an early request already made (same
 * path and parameters, same token) takes that response, once; anything else goes to
 * the network.
 */
export const earlyFetch: typeof fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = (init?.method ?? 'GET').toUpperCase();
  const key = keyOf(url);
  const hit = early.get(key);
  if (hit && method === 'GET') {
    early.delete(key);
    const auth = new Headers(init?.headers).get('authorization');
    if (auth === `Bearer ${hit.token}` && performance.now() - hit.at < MAX_AGE_MS) return hit.response;
  }
  return fetch(input, init);
};
