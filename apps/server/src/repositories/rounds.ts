import { asc, desc, eq, lte } from 'drizzle-orm';
import { assignedEntries, type AgencyKind, type CatalogEntry } from '@cds/plan';
import type { Db, DbOrTx } from '../db/client.js';
import { agencies, catalogAssignments, catalogEntries, rounds, type NewRound, type Round } from '../db/schema/index.js';
import { TtlCache } from '../services/ttl-cache.js';

/** Reporting rounds and their indicator catalogues. */
export function roundsRepository(db: Db, cacheTtlMs = 0) {
  // Read on every sync: cached briefly; cleared when a round is created.
  const currentCache = new TtlCache<'current', Round | undefined>(cacheTtlMs, 1);
  const loadCurrent = async (now: Date): Promise<Round | undefined> => {
    const [opened] = await db.select().from(rounds).where(lte(rounds.opensAt, now)).orderBy(desc(rounds.opensAt), desc(rounds.id)).limit(1);
    if (opened) return opened;
    const [next] = await db.select().from(rounds).orderBy(asc(rounds.opensAt)).limit(1);
    return next;
  };

  return {
    /** The latest round that has opened; before any opens, the next one to open. */
    current(now: Date): Promise<Round | undefined> {
      return cacheTtlMs > 0 ? currentCache.get('current', () => loadCurrent(now)) : loadCurrent(now);
    },
    /** Forget the cached current round (after a round or its catalogue changes). */
    invalidate(): void {
      currentCache.clear();
    },
    async byId(id: number, tx: DbOrTx = db): Promise<Round | undefined> {
      const [r] = await tx.select().from(rounds).where(eq(rounds.id, id));
      return r;
    },
    list(): Promise<Round[]> {
      return db.select().from(rounds).orderBy(desc(rounds.opensAt));
    },
    async create(input: NewRound, tx: DbOrTx = db): Promise<Round> {
      currentCache.clear();
      const [r] = await tx.insert(rounds).values(input).returning();
      return r!;
    },
    /** Locks the round's row (`FOR UPDATE`) and returns it: edits of one round queue up. */
    async lockForUpdate(id: number, tx: DbOrTx): Promise<Round | undefined> {
      const [r] = await tx.select().from(rounds).where(eq(rounds.id, id)).for('update');
      return r;
    },
    /** Changes a round's settings; forgets the cached current round. */
    async update(id: number, changes: Partial<Pick<Round, 'name' | 'opensAt' | 'deadline' | 'latePolicy'>>, tx: DbOrTx = db): Promise<Round | undefined> {
      currentCache.clear();
      const [r] = await tx.update(rounds).set(changes).where(eq(rounds.id, id)).returning();
      return r;
    },
    /** The whole catalogue of a round, in import order, with `appliesTo` rebuilt from the assignments. */
    async catalog(roundId: number, tx: DbOrTx = db): Promise<CatalogEntry[]> {
      const rows = await tx
        .select({ entry: catalogEntries, scope: catalogAssignments.scope, kind: catalogAssignments.agencyKind, agencyCode: agencies.code })
        .from(catalogEntries)
        .leftJoin(catalogAssignments, eq(catalogAssignments.entryId, catalogEntries.id))
        .leftJoin(agencies, eq(agencies.id, catalogAssignments.agencyId))
        .where(eq(catalogEntries.roundId, roundId))
        .orderBy(asc(catalogEntries.position), asc(catalogEntries.id));
      const byId = new Map<number, CatalogEntry>();
      for (const { entry: e, scope, kind, agencyCode } of rows) {
        let out = byId.get(e.id);
        if (!out) {
          out = {
            code: e.code,
            name: e.name,
            unit: e.unit,
            source: e.source,
            target2026: e.target2026,
            target2030: e.target2030,
            requires2030: e.requires2030,
            direction: e.direction,
            appliesTo: [],
          };
          byId.set(e.id, out);
        }
        if (scope === 'all') out.appliesTo = 'all';
        else if (scope === 'kind' && kind) out.appliesTo = kind;
        else if (scope === 'agency' && agencyCode && Array.isArray(out.appliesTo)) out.appliesTo.push(agencyCode);
      }
      return [...byId.values()];
    },
    /** The entries one agency must plan for. */
    async catalogFor(roundId: number, agency: { kind: AgencyKind; code: string }, tx: DbOrTx = db): Promise<CatalogEntry[]> {
      return assignedEntries(await this.catalog(roundId, tx), agency.kind, agency.code);
    },
  };
}
export type RoundsRepository = ReturnType<typeof roundsRepository>;
