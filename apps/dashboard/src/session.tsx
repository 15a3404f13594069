import type { LoginResponse } from '@cds/api';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { api, tokenStore } from './api';

type User = LoginResponse['user'];
interface Session {
  user: User | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in (from the stored token, checked with /auth/me), and sign in / out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      if (!tokenStore.get()) return null;
      const user = await api.me().catch(() => (tokenStore.set(null), null));
      tokenStore.setRole(user?.role ?? null);
      return user;
    },
    staleTime: Infinity,
  });
  const signIn = useCallback(
    async (email: string, password: string) => {
      const r = await api.login({ body: { email, password } });
      tokenStore.set(r.token);
      tokenStore.setRole(r.user.role);
      qc.setQueryData(['me'], r.user);
    },
    [qc],
  );
  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    tokenStore.set(null);
    qc.clear();
    qc.setQueryData(['me'], null);
  }, [qc]);
  return <SessionContext.Provider value={{ user: me.data ?? null, loading: me.isPending, signIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

export const isMst = (u: User | null) => u?.role === 'mst_reviewer' || u?.role === 'admin';
