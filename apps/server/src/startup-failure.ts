import { ConfigError } from './config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { startupMessages } from './messages.vi.js';

/** Why the server could not start, in Vietnamese, for the operator's terminal: no stack trace. */
export function startupFailure(err: unknown): string {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) return err.message;
  const e = err as NodeJS.ErrnoException & { address?: string; port?: number };
  if (e?.code === 'EADDRINUSE') return startupMessages.portInUse(e.address ?? '?', e.port ?? 0);
  if (e?.code === 'EACCES' || e?.code === 'EADDRNOTAVAIL') return startupMessages.listenFailed(e.address ?? '?', e.port ?? 0, e.code);
  return startupMessages.failed(e instanceof Error ? e.message : String(err));
}
