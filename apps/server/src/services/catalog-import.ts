import { eq } from 'drizzle-orm';
import type { CatalogEntry } from '@cds/plan';
import type { Db, DbOrTx } from '../db/client.js';
import { agencies, catalogAssignments, catalogEntries, rounds } from '../db/schema/index.js';

type NewAssignment = typeof catalogAssignments.$inferInsert;
import { formatMessages } from '../messages.vi.js';
import { recordAudit } from '../repositories/audit.js';

export interface CatalogProblem {
  line: number;
  message: string;
}

/**
 * Replaces a round's catalogue in one transaction: entries, their assignments
 * (all / kind / one row per agency code), the round's catalogue name and sample flag,
 * and an audit entry. Unknown agency codes are reported per entry and nothing is stored.
 */
export async function replaceCatalog(
  db: Db,
  roundId: number,
  entries: CatalogEntry[],
  meta: { name: string; sample: boolean; actorId: number | null },
): Promise<{ ok: true } | { ok: false; problems: CatalogProblem[] }> {
  const known = new Map((await db.select({ id: agencies.id, code: agencies.code }).from(agencies)).map((a) => [a.code, a.id]));
  const problems = entries.flatMap((e, i) => {
    const missing = Array.isArray(e.appliesTo) ? e.appliesTo.filter((c) => !known.has(c)) : [];
    return missing.length ? [{ line: i + 1, message: formatMessages.unknownAgencyCodes(e.code, missing) }] : [];
  });
  if (problems.length) return { ok: false, problems };
  await db.transaction(async (tx) => {
    await tx.delete(catalogEntries).where(eq(catalogEntries.roundId, roundId));
    await insertEntries(tx, roundId, entries, known);
    await tx.update(rounds).set({ catalogName: meta.name, catalogSample: meta.sample }).where(eq(rounds.id, roundId));
    await recordAudit(tx, {
      actorId: meta.actorId, action: 'catalog.imported', entity: 'round', entityId: String(roundId),
      details: { entries: entries.length, name: meta.name, sample: meta.sample },
    });
  });
  return { ok: true };
}

/** Inserts entries and their assignments (no transaction of its own: the seed reuses it). */
export async function insertEntries(tx: DbOrTx, roundId: number, entries: CatalogEntry[], agencyIds: Map<string, number>): Promise<void> {
  if (entries.length === 0) return;
  const rows = await tx
    .insert(catalogEntries)
    .values(entries.map((e, position) => ({
      roundId, code: e.code, name: e.name, unit: e.unit, source: e.source, target2026: e.target2026, target2030: e.target2030,
      requires2030: e.requires2030, direction: e.direction, position,
    })))
    .returning({ id: catalogEntries.id, code: catalogEntries.code });
  const idByCode = new Map(rows.map((r) => [r.code, r.id]));
  const assignments = entries.flatMap((e): NewAssignment[] => {
    const entryId = idByCode.get(e.code)!;
    if (e.appliesTo === 'all') return [{ entryId, scope: 'all' }];
    if (!Array.isArray(e.appliesTo)) return [{ entryId, scope: 'kind', agencyKind: e.appliesTo }];
    return e.appliesTo.map((code) => ({ entryId, scope: 'agency', agencyId: agencyIds.get(code)! }));
  });
  await tx.insert(catalogAssignments).values(assignments);
}
