import { count } from 'drizzle-orm';
import { sampleCatalog } from '@cds/plan';
import { agencies as referenceAgencies } from '@cds/template';
import type { Db } from '../db/client.js';
import { agencies, rounds, users } from '../db/schema/index.js';
import type { PasswordManager } from '../plugins/app/passwords.js';
import { recordAudit } from '../repositories/audit.js';
import { insertEntries } from '../services/catalog-import.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_ROUND, type DemoAccount } from './demo.js';

export interface SeedResult {
  seeded: boolean;
  accounts: DemoAccount[];
  password: string;
}

/** True when the database holds no rounds, agencies or users yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [[r], [a], [u]] = await Promise.all([
    db.select({ n: count() }).from(rounds),
    db.select({ n: count() }).from(agencies),
    db.select({ n: count() }).from(users),
  ]);
  return (r?.n ?? 0) + (a?.n ?? 0) + (u?.n ?? 0) === 0;
}

/**
 * Seeds an empty database with the demo: the real agencies, the demo round, the
 * sample catalogue (flagged as a sample) and the demo accounts, in one transaction.
 * Does nothing when the database already holds data.
 */
export async function seedDemo(db: Db, passwords: PasswordManager): Promise<SeedResult> {
  if (!(await isEmpty(db))) return { seeded: false, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(agencies)
      .values(referenceAgencies.map((a) => ({ code: a.code, name: a.name, kind: a.kind, category: a.group })))
      .returning({ id: agencies.id, code: agencies.code });
    const idByCode = new Map(inserted.map((a) => [a.code, a.id]));
    const [round] = await tx
      .insert(rounds)
      .values({ ...DEMO_ROUND, catalogName: sampleCatalog.name, catalogSample: sampleCatalog.sample })
      .returning();
    await insertEntries(tx, round!.id, sampleCatalog.entries, idByCode);
    await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((u) => ({ email: u.email, name: u.name, role: u.role, passwordHash, agencyId: u.agencyCode ? idByCode.get(u.agencyCode)! : null })),
      );
    await recordAudit(tx, { actorId: null, action: 'demo.seeded', entity: 'round', entityId: String(round!.id), details: { agencies: inserted.length } });
  });
  return { seeded: true, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
}
