import type { LatePolicy } from '@cds/api';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { register } from 'tsx/esm/api';
import { loadConfig, type AppConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { passwordManager } from '../plugins/app/passwords.js';
import { buildServer } from '../server.js';
import { openTestDatabase } from './database.js';
import { ACCOUNTS, seedFixture, TEST_PASSWORD, type AccountName, type Fixture } from './fixture.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  fixture: Fixture;
  /** The app's clock: tests move it past the deadline. */
  clock: { now: Date };
  /** Injects as one of the fixture's accounts (logs in once, then reuses the token). */
  as(account: AccountName, opts: InjectOptions): Promise<LightMyRequestResponse>;
  token(account: AccountName): Promise<string>;
  close(): Promise<void>;
}

export interface BuildTestOptions {
  config?: Partial<AppConfig>;
  latePolicy?: LatePolicy;
}

// @fastify/autoload imports plugin and route files with Node's own import(), which
// (on Node 20, under vitest) cannot load .ts; tsx's loader lets it, as under `tsx main.ts`.
register();

/** Cheap argon2 parameters: the suite hashes many passwords. */
const TEST_ARGON2 = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/**
 * The app with a migrated database (in-memory PGlite, or a fresh PostgreSQL database
 * when TEST_DATABASE_URL/DATABASE_URL is set) and the test fixture. No port is opened.
 */
export async function build(opts: BuildTestOptions = {}): Promise<TestApp> {
  const clock = { now: new Date('2026-03-01T03:00:00Z') };
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    logLevel: 'silent',
    loginRateLimit: 10_000,
    argon2: TEST_ARGON2,
    cacheTtlMs: 0,
    checkWorkers: 0,
    now: () => clock.now,
    ...opts.config,
  };
  const database = await openTestDatabase();
  const fixture = await seedFixture(database.db, passwordManager(TEST_ARGON2), clock.now, opts.latePolicy ?? 'accept-flagged');
  const app = await buildServer({ config, database });
  await app.ready();
  const tokens = new Map<AccountName, string>();
  const token = async (account: AccountName) => {
    let t = tokens.get(account);
    if (!t) {
      t = await login(app, ACCOUNTS[account].email);
      tokens.set(account, t);
    }
    return t;
  };
  return {
    app,
    database,
    fixture,
    clock,
    token,
    as: async (account, o) => app.inject({ ...o, headers: { ...o.headers, authorization: `Bearer ${await token(account)}` } }),
    close: () => app.close(),
  };
}

/** Logs in through the API and returns the bearer token. */
export async function login(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
  return res.json<{ token: string }>().token;
}

/** Injects with a fresh login of `email` (the fastify/demo helper's shape). */
export async function injectWithLogin(app: FastifyInstance, email: string, opts: InjectOptions): Promise<LightMyRequestResponse> {
  const token = await login(app, email);
  return app.inject({ ...opts, headers: { ...opts.headers, authorization: `Bearer ${token}` } });
}
