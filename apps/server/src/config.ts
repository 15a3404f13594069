import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { clusterMessages } from './cluster-messages.vi.js';
import { startupMessages } from './messages.vi.js';
import { vietnameseErrors } from './validation.vi.js';

/** Repository root (apps/server/src → ../../..), where `.data/` lives by default. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

/** Environment variables the server reads; everything has a development default. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** PostgreSQL connection string; unset → embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
  /** Origins allowed by CORS (the add-in's dev server and its deployed origin). */
  CORS_ORIGINS: csv.default(['https://localhost:3000', 'https://localhost:5173']),
  /** JSON body limit in bytes (draft sync, admin). */
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  /** Upload limit in bytes for a submitted .docx. */
  UPLOAD_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Login attempts per minute per address. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  PG_POOL_SIZE: z.coerce.number().int().positive().default(10),
  /** Worker threads that read and check submitted .docx files; 0 = on the main thread. */
  CHECK_WORKERS: z.coerce.number().int().min(0).max(16).default(2),
  /** Server processes on the one port (node:cluster); more than 1 needs PostgreSQL. `--workers N` overrides. */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
});

export type Env = z.infer<typeof EnvSchema>;

/** What the app needs at build time; tests override pieces of it. */
export interface AppConfig {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  host: string;
  port: number;
  databaseUrl: string | undefined;
  /** PGlite data directory, or "memory://" for an in-memory database. */
  dataDir: string;
  corsOrigins: string[];
  bodyLimit: number;
  uploadLimit: number;
  sessionTtlMs: number;
  loginRateLimit: number;
  pgPoolSize: number;
  /** argon2id cost; tests lower it so the suite stays fast. */
  argon2: { memoryCost: number; timeCost: number; parallelism: number };
  checkWorkers: number;
  /** Server processes sharing the port (1: this process serves alone); absent means 1. */
  workers?: number;
  /** How long the current round and a token's user are cached per process (0 = no cache). */
  cacheTtlMs: number;
  /** Clock, injectable so tests can submit "after the deadline". */
  now: () => Date;
}

/** The environment is not usable: the message names each variable and what is wrong, in Vietnamese. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(startupMessages.invalidEnv(issues));
    this.name = 'ConfigError';
  }
}

/** Reads the environment; throws ConfigError naming the offending variables when invalid. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env, { error: vietnameseErrors });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => startupMessages.envIssue(i.path.join('.'), `${i.message} (giá trị: "${String(env[String(i.path[0])] ?? '')}")`)),
    );
  }
  const e = parsed.data;
  // PGlite's folder is locked to one process (db/data-dir-lock.ts): a second worker could never open it.
  if (e.WORKERS > 1 && !e.DATABASE_URL) throw new ConfigError([startupMessages.envIssue('WORKERS', clusterMessages.workersNeedPostgres(e.WORKERS))]);
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: e.DATA_DIR,
    corsOrigins: e.CORS_ORIGINS,
    bodyLimit: e.BODY_LIMIT,
    uploadLimit: e.UPLOAD_LIMIT,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    pgPoolSize: e.PG_POOL_SIZE,
    checkWorkers: e.CHECK_WORKERS,
    workers: e.WORKERS,
    argon2: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
    cacheTtlMs: 5_000,
    now: () => new Date(),
  };
}
