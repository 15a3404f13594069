import type { AppConfig } from './config.js';
import type { Database } from './db/client.js';

/** What `app.ts` passes to every autoloaded plugin and route. */
export interface AppOptions {
  config: AppConfig;
  database: Database;
}
