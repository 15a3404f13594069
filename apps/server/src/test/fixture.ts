import type { LatePolicy } from '@cds/api';
import { sampleCatalog } from '@cds/plan';
import type { Db } from '../db/client.js';
import { agencies, rounds, users, type UserRole } from '../db/schema/index.js';
import type { PasswordManager } from '../plugins/app/passwords.js';
import { insertEntries } from '../services/catalog-import.js';

export const TEST_PASSWORD = 'mat-khau-thu-nghiem';

/** Accounts of the test fixture, by name: every role, agency users in two agencies. */
export const ACCOUNTS = {
  admin: { email: 'admin@test.vn', role: 'admin', agency: null },
  reviewer: { email: 'reviewer@test.vn', role: 'mst_reviewer', agency: null },
  drafterA: { email: 'drafter@hanoi.test.vn', role: 'drafter', agency: 'A' },
  submitterA: { email: 'submitter@hanoi.test.vn', role: 'submitter', agency: 'A' },
  submitterA2: { email: 'submitter2@hanoi.test.vn', role: 'submitter', agency: 'A' },
  drafterB: { email: 'drafter@byt.test.vn', role: 'drafter', agency: 'B' },
  submitterB: { email: 'submitter@byt.test.vn', role: 'submitter', agency: 'B' },
} as const satisfies Record<string, { email: string; role: UserRole; agency: 'A' | 'B' | null }>;
export type AccountName = keyof typeof ACCOUNTS;

export interface Fixture {
  agencyA: number;
  agencyB: number;
  roundId: number;
  userIds: Record<AccountName, number>;
}

/**
 * Agency A is a province (Hà Nội, "01"), B a central agency (Bộ Y tế); one round,
 * open since ten days before `now`, deadline ten days after, with the sample catalogue.
 */
export async function seedFixture(db: Db, passwords: PasswordManager, now: Date, latePolicy: LatePolicy): Promise<Fixture> {
  const passwordHash = await passwords.hash(TEST_PASSWORD);
  const [a, b] = await db
    .insert(agencies)
    .values([
      { code: '01', name: 'Thành phố Hà Nội', kind: 'province', category: 'city' },
      { code: 'BO-YT', name: 'Bộ Y tế', kind: 'central', category: 'ministry' },
    ])
    .returning();
  const day = 86_400_000;
  const [round] = await db
    .insert(rounds)
    .values({
      name: 'Đợt thử nghiệm',
      templateVersion: 'mst-2026',
      year: 2026,
      latePolicy,
      opensAt: new Date(now.getTime() - 10 * day),
      deadline: new Date(now.getTime() + 10 * day),
      catalogName: sampleCatalog.name,
      catalogSample: true,
    })
    .returning();
  await insertEntries(
    db,
    round!.id,
    sampleCatalog.entries,
    new Map([
      ['01', a!.id],
      ['BO-YT', b!.id],
    ]),
  );
  const names = Object.keys(ACCOUNTS) as AccountName[];
  const rows = await db
    .insert(users)
    .values(
      names.map((n) => {
        const acc = ACCOUNTS[n];
        return { email: acc.email, name: n, role: acc.role, passwordHash, agencyId: acc.agency === 'A' ? a!.id : acc.agency === 'B' ? b!.id : null };
      }),
    )
    .returning({ id: users.id, email: users.email });
  const userIds = Object.fromEntries(names.map((n) => [n, rows.find((r) => r.email === ACCOUNTS[n].email)!.id])) as Record<AccountName, number>;
  return { agencyA: a!.id, agencyB: b!.id, roundId: round!.id, userIds };
}
