import { createDashboardClient, isApiError } from '@cds/api';
import { earlyFetch, ROLE_KEY, TOKEN_KEY } from './boot';

/** The bearer token lives for the tab's session only (not shared with other tabs, gone when it closes); the role beside it (see boot.ts). */
export const tokenStore = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string | null) => {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else {
      sessionStorage.removeItem(TOKEN_KEY);
      sessionStorage.removeItem(ROLE_KEY);
    }
  },
  setRole: (role: string | null) => (role ? sessionStorage.setItem(ROLE_KEY, role) : sessionStorage.removeItem(ROLE_KEY)),
};

/** The one way the dashboard talks to the server: the contract's typed client, same origin (taking the responses boot.ts asked for early). */
export const api = createDashboardClient({ baseUrl: '/api', getToken: tokenStore.get, fetch: earlyFetch });

/** The server's Vietnamese message for a failed call. */
export const errorText = (e: unknown) => (isApiError(e) ? e.message : e instanceof Error ? e.message : String(e));

/** Saves downloaded bytes under the server's file name. */
export function saveFile(bytes: Uint8Array, contentType: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
