import { agencies, rounds, sessions, users } from '../src/db/schema/index.js';
import type { Db } from '../src/db/client.js';
import { hashToken } from '../src/repositories/users.js';

/**
 * Inserts `n` province agencies (codes prefixed), one user of `role` each with an
 * open session, in batches. Returns the bearer tokens in agency order.
 */
export async function seedAgencyUsers(db: Db, n: number, prefix: string, role: 'drafter' | 'submitter'): Promise<string[]> {
  const tokens: string[] = [];
  const expiresAt = new Date(Date.now() + 24 * 3600_000);
  for (let start = 0; start < n; start += 1000) {
    const count = Math.min(1000, n - start);
    const idx = Array.from({ length: count }, (_, i) => start + i);
    const ags = await db
      .insert(agencies)
      .values(idx.map((i) => ({ code: `${prefix}-${i}`, name: `Cơ quan thử tải ${prefix} ${i}`, kind: 'province' as const })))
      .returning({ id: agencies.id });
    const us = await db
      .insert(users)
      .values(ags.map((a, j) => ({ email: `${prefix}-${start + j}@bench.vn`, name: 'Thử tải', role, agencyId: a.id, passwordHash: 'x' })))
      .returning({ id: users.id });
    const batch = us.map((u, j) => ({ userId: u.id, token: `${prefix}-token-${start + j}-${Math.random().toString(36).slice(2)}` }));
    await db.insert(sessions).values(batch.map((b) => ({ userId: b.userId, tokenHash: hashToken(b.token), expiresAt })));
    tokens.push(...batch.map((b) => b.token));
  }
  return tokens;
}

/** An open round with a far deadline. */
export async function seedRound(db: Db): Promise<number> {
  const [r] = await db
    .insert(rounds)
    .values({
      name: 'Đợt thử tải',
      templateVersion: 'mst-2026',
      year: 2026,
      opensAt: new Date(Date.now() - 86_400_000),
      deadline: new Date(Date.now() + 30 * 86_400_000),
    })
    .returning();
  return r!.id;
}
