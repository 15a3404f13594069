import { ApiError, createApiClient, type ApiClient } from '@cds/api';
import type { CatalogEntry } from '@cds/plan';
import { useCallback, useMemo, useState } from 'react';
import type { AgencyKind } from '@cds/template/enums';

const TOKEN_KEY = 'cds.addin.token';
export const UNREACHABLE = 'unreachable';

export interface SessionInfo {
  user: { email: string; name: string };
  agency: { name: string; kind: AgencyKind | null; code: string | null } | null;
  catalog: { name: string; entries: CatalogEntry[] } | null;
}

/** Sign-in state: the token is kept for the session only (sessionStorage), never in the document. */
export function useSession() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const api: ApiClient = useMemo(() => createApiClient({ baseUrl: '/api', getToken: () => sessionStorage.getItem(TOKEN_KEY) }), []);

  const load = useCallback(async () => {
    const me = await api.me();
    const round = await api.currentRound().catch(() => null);
    setInfo({
      user: { email: me.email, name: me.name },
      agency: me.agency ? { name: me.agency.name, kind: me.agency.kind, code: me.agency.code ?? null } : null,
      catalog: round ? { name: round.catalog.name ?? '', entries: round.catalog.entries as CatalogEntry[] } : null,
    });
  }, [api]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      setError(null);
      try {
        const r = await api.login({ body: { email, password } });
        sessionStorage.setItem(TOKEN_KEY, r.token);
        setToken(r.token);
        await load();
        return true;
      } catch (e) {
        // status 0: the server could not be reached (ApiError NETWORK_ERROR).
        setError(e instanceof ApiError ? (e.status === 0 ? UNREACHABLE : e.message) : String(e));
        return false;
      }
    },
    [api, load],
  );
  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
    setInfo(null);
  }, [api]);
  return { api, token, info, error, signIn, signOut, load, setError };
}
export type Session = ReturnType<typeof useSession>;
