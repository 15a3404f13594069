import { eq, inArray } from 'drizzle-orm';
import type { CatalogEntry } from '@cds/plan';
import type { Db, DbOrTx } from '../db/client.js';
import { agencies, catalogAssignments, catalogEntries, rounds } from '../db/schema/index.js';
import { formatMessages } from '../messages.vi.js';
import { recordAudit } from '../repositories/audit.js';

type NewAssignment = typeof catalogAssignments.$inferInsert;

/** Agency ids by code (a Map, or the import's case-insensitive lookup). */
type AgencyCodes = Pick<Map<string, number>, 'get'>;

export interface CatalogProblem {
  line: number;
  message: string;
}

export type CatalogImportMode = 'replace' | 'merge';

export interface CatalogImportSummary {
  /** The catalogue's name and sample flag after the import. */
  name: string;
  sample: boolean;
  /** New codes; codes the round had (merge); codes left as they were (merge); codes dropped (replace). */
  added: number;
  updated: number;
  kept: number;
  removed: number;
}

export const DEFAULT_CATALOG_NAME = 'Danh mục chỉ tiêu';

/**
 * Imports a round's catalogue in one transaction (the round's row locked, so imports
 * into one round queue up): entries, their assignments (all / kind / one row per
 * agency code), the round's catalogue name and sample flag, and an audit entry.
 * - replace: the file becomes the whole catalogue.
 * - merge: entries are upserted by code (every field and the assignments follow the
 *   file; an updated entry keeps its place, new ones go last); the others are kept.
 * Unknown agency codes are reported per entry and nothing is stored. `undefined` when
 * the round does not exist.
 */
export async function importCatalog(
  db: Db,
  roundId: number,
  entries: CatalogEntry[],
  meta: { mode: CatalogImportMode; name?: string | undefined; sample?: boolean | undefined; actorId: number | null; lines?: number[] },
): Promise<{ ok: true; summary: CatalogImportSummary } | { ok: false; problems: CatalogProblem[] } | undefined> {
  // Agency codes are unique whatever their case: "bo-yt" names BO-YT.
  const byCode = new Map((await db.select({ id: agencies.id, code: agencies.code }).from(agencies)).map((a) => [a.code.toLowerCase(), a.id]));
  const known = { has: (c: string) => byCode.has(c.toLowerCase()), get: (c: string) => byCode.get(c.toLowerCase()) };
  const problems = entries.flatMap((e, i) => {
    const missing = Array.isArray(e.appliesTo) ? e.appliesTo.filter((c) => !known.has(c)) : [];
    // The file's own line (CSV) or entry number (JSON), as the parser read it.
    return missing.length ? [{ line: meta.lines?.[i] ?? i + 1, message: formatMessages.unknownAgencyCodes(e.code, missing) }] : [];
  });
  if (problems.length) return { ok: false, problems };
  return db.transaction(async (tx) => {
    const [round] = await tx.select().from(rounds).where(eq(rounds.id, roundId)).for('update');
    if (!round) return undefined;
    const existing = await tx
      .select({ id: catalogEntries.id, code: catalogEntries.code, position: catalogEntries.position })
      .from(catalogEntries)
      .where(eq(catalogEntries.roundId, roundId));
    const counts = meta.mode === 'merge' ? await merge(tx, roundId, entries, existing, known) : await replace(tx, roundId, entries, existing.length, known);
    const summary: CatalogImportSummary = {
      ...counts,
      name: meta.name ?? (meta.mode === 'merge' ? round.catalogName : null) ?? DEFAULT_CATALOG_NAME,
      // Entries kept from a sample catalogue are still sample entries.
      sample: (meta.sample ?? false) || (round.catalogSample && counts.kept > 0),
    };
    await tx.update(rounds).set({ catalogName: summary.name, catalogSample: summary.sample }).where(eq(rounds.id, roundId));
    await recordAudit(tx, {
      actorId: meta.actorId,
      action: 'catalog.imported',
      entity: 'round',
      entityId: String(roundId),
      details: { mode: meta.mode, entries: entries.length, ...summary },
    });
    return { ok: true as const, summary };
  });
}

type Counts = Pick<CatalogImportSummary, 'added' | 'updated' | 'kept' | 'removed'>;

async function replace(tx: DbOrTx, roundId: number, entries: CatalogEntry[], before: number, known: AgencyCodes): Promise<Counts> {
  await tx.delete(catalogEntries).where(eq(catalogEntries.roundId, roundId));
  await insertEntries(tx, roundId, entries, known);
  return { added: entries.length, updated: 0, kept: 0, removed: before };
}

async function merge(
  tx: DbOrTx,
  roundId: number,
  entries: CatalogEntry[],
  existing: { id: number; code: string; position: number }[],
  known: AgencyCodes,
): Promise<Counts> {
  const idByCode = new Map(existing.map((e) => [e.code, e.id]));
  const toUpdate = entries.filter((e) => idByCode.has(e.code));
  const toAdd = entries.filter((e) => !idByCode.has(e.code));
  for (const e of toUpdate)
    await tx
      .update(catalogEntries)
      .set(entryFields(e))
      .where(eq(catalogEntries.id, idByCode.get(e.code)!));
  if (toUpdate.length) {
    const ids = toUpdate.map((e) => idByCode.get(e.code)!);
    await tx.delete(catalogAssignments).where(inArray(catalogAssignments.entryId, ids));
    const assignments = assignmentRows(toUpdate, idByCode, known);
    if (assignments.length) await tx.insert(catalogAssignments).values(assignments);
  }
  const next = existing.reduce((max, e) => Math.max(max, e.position + 1), 0);
  await insertEntries(tx, roundId, toAdd, known, next);
  return { added: toAdd.length, updated: toUpdate.length, kept: existing.length - toUpdate.length, removed: 0 };
}

/** The columns of an entry that follow the file. */
const entryFields = (e: CatalogEntry) => ({
  name: e.name,
  unit: e.unit,
  source: e.source,
  target2026: e.target2026,
  target2030: e.target2030,
  requires2030: e.requires2030,
  direction: e.direction,
});

/** One row per assignment: all, a kind, or one per agency code. */
function assignmentRows(entries: CatalogEntry[], idByCode: Map<string, number>, agencyIds: AgencyCodes): NewAssignment[] {
  return entries.flatMap((e): NewAssignment[] => {
    const entryId = idByCode.get(e.code)!;
    if (e.appliesTo === 'all') return [{ entryId, scope: 'all' }];
    if (!Array.isArray(e.appliesTo)) return [{ entryId, scope: 'kind', agencyKind: e.appliesTo }];
    return e.appliesTo.map((code) => ({ entryId, scope: 'agency', agencyId: agencyIds.get(code)! }));
  });
}

/** Inserts entries and their assignments (no transaction of its own: the seed reuses it). */
export async function insertEntries(tx: DbOrTx, roundId: number, entries: CatalogEntry[], agencyIds: AgencyCodes, firstPosition = 0): Promise<void> {
  if (entries.length === 0) return;
  const rows = await tx
    .insert(catalogEntries)
    .values(entries.map((e, i) => ({ roundId, code: e.code, ...entryFields(e), position: firstPosition + i })))
    .returning({ id: catalogEntries.id, code: catalogEntries.code });
  const assignments = assignmentRows(entries, new Map(rows.map((r) => [r.code, r.id])), agencyIds);
  if (assignments.length) await tx.insert(catalogAssignments).values(assignments);
}
