import { count, eq } from 'drizzle-orm';
import { agencies as referenceAgencies } from '@cds/template';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, catalogEntries, rounds, users } from '../db/schema/index.js';
import type { Database } from '../db/client.js';
import { passwordManager } from '../plugins/app/passwords.js';
import { openTestDatabase } from '../test/database.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo.js';
import { seedDemo } from './seed.js';

const cheap = passwordManager({ memoryCost: 1024, timeCost: 1, parallelism: 1 });

describe('demo seed', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('fills an empty database with the real agencies, the demo round, the sample catalogue and the demo accounts', async () => {
    const result = await seedDemo(database.db, cheap);
    expect(result.seeded).toBe(true);
    const db = database.db;
    const [{ n: nAgencies }] = (await db.select({ n: count() }).from(agencies)) as [{ n: number }];
    expect(nAgencies).toBe(referenceAgencies.length);
    expect((await db.select().from(agencies).where(eq(agencies.kind, 'province'))).length).toBe(34);
    const [round] = await db.select().from(rounds);
    expect(round).toMatchObject({ name: 'Kế hoạch CĐS 2026', templateVersion: 'mst-2026', catalogSample: true, latePolicy: 'accept-flagged' });
    expect(round!.deadline.toISOString()).toBe('2026-03-15T08:00:00.000Z'); // 15:00 15/3/2026 Asia/Ho_Chi_Minh
    expect((await db.select().from(catalogEntries)).length).toBeGreaterThan(10);
    const accounts = await db.select().from(users);
    expect(accounts.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(await cheap.verify(accounts[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it('does nothing on a database that already holds data', async () => {
    const result = await seedDemo(database.db, cheap);
    expect(result.seeded).toBe(false);
    expect((await database.db.select().from(rounds)).length).toBe(1);
  });
});
