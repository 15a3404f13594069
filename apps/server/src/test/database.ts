import { PGlite } from '@electric-sql/pglite';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { MIGRATIONS_DIR, openDatabase, wrapPglite, type Database } from '../db/client.js';

/**
 * PostgreSQL server to run the suite against, when asked: TEST_DATABASE_URL (or
 * DATABASE_URL, as set by .ci/run). Each app built by a test gets a fresh database on it.
 */
export const testPgUrl = () => process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function freshPostgres(url: string, migrated = true): Promise<Database> {
  const name = `cds_test_${randomBytes(6).toString('hex')}`;
  await admin(url, `create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), poolSize: 20 });
  if (migrated) await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin(url, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Snapshot of a freshly migrated PGlite, cached on disk per migration set: starting from it skips initdb. */
function snapshotPath(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_DIR, { recursive: true }).map(String).sort()) {
    const p = path.join(MIGRATIONS_DIR, f);
    if (f.endsWith('.sql') || f.endsWith('.json')) h.update(f).update(readFileSync(p));
  }
  return path.join(os.tmpdir(), `cds-server-pglite-${h.digest('hex').slice(0, 16)}.tar`);
}

async function migratedPglite(): Promise<Database> {
  const file = snapshotPath();
  if (existsSync(file)) return wrapPglite(await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) }));
  const database = wrapPglite(await PGlite.create('memory://'));
  await database.migrate();
  const dump = await (database.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, file); // atomic: parallel test processes never read half a snapshot
  return database;
}

/** Empties every table and restarts ids and receipt numbers. */
async function reset(database: Database): Promise<void> {
  await database.db.execute(sql`truncate agencies, users, sessions, rounds, catalog_entries, catalog_assignments, plans,
    plan_revisions, submissions, reviews, audit_log, receipt_counters restart identity cascade`);
}

let shared: Promise<Database> | undefined;

/**
 * A migrated, empty database. PGlite (default): one in-memory instance per test
 * process, emptied for each caller (starting PGlite is the slow part). PostgreSQL
 * (when configured): a fresh `cds_test_<random>` database, dropped on close.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = testPgUrl();
  if (url) return freshPostgres(url);
  shared ??= migratedPglite();
  const database = await shared;
  await reset(database);
  return { ...database, close: async () => {} };
}

/** An empty, unmigrated database on the engine under test (for migration tests), dropped on close. */
export async function openUnmigratedTestDatabase(): Promise<Database> {
  const url = testPgUrl();
  if (url) return freshPostgres(url, false);
  return wrapPglite(await PGlite.create('memory://'));
}
