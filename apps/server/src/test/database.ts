import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client.js';

/**
 * PostgreSQL server to run the suite against, when asked: TEST_DATABASE_URL (or
 * DATABASE_URL, as set by .ci/run). Each test file gets a fresh database on it.
 */
export const testPgUrl = () => process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A migrated, empty database: in-memory PGlite by default, or a fresh
 * `cds_test_<random>` database on PostgreSQL (dropped on close) when one is configured.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = testPgUrl();
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.migrate();
    return database;
  }
  const name = `cds_test_${randomBytes(6).toString('hex')}`;
  await admin(url, `create database ${name}`);
  const database = await openDatabase({ url: withDatabase(url, name), poolSize: 20 });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin(url, `drop database if exists ${name} with (force)`);
    },
  };
}
