import type { AppConfig } from './config.js';
import type { Database } from './db/client.js';

/** What `app.ts` passes to every autoloaded plugin and route. */
export interface AppOptions {
  config: AppConfig;
  database: Database;
}

/**
 * The environment with the command line's settings applied: `--workers N` (or
 * `--workers=N`) sets WORKERS. Anything else on the command line is left alone.
 */
export function withCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--workers') out.WORKERS = argv[++i] ?? '';
    else if (a.startsWith('--workers=')) out.WORKERS = a.slice('--workers='.length);
  }
  return out;
}
