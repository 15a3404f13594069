import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.js';
import { agencies, plans, type Agency, type NewAgency } from '../db/schema/index.js';
import { ownedBy, type Actor } from './ownership.js';
import { isUniqueViolation } from '../db/errors.js';

/** True for the error of a write that hit the unique agency code, in any case (two admins racing for one code). */
export const isCodeConflict = (error: unknown): boolean =>
  isUniqueViolation(error, 'agencies_code_unique') || isUniqueViolation(error, 'agencies_code_lower_uq');

/** The agencies that submit plans. Not agency-owned data: everyone may read the list. */
export function agenciesRepository(db: Db) {
  return {
    list(): Promise<Agency[]> {
      return db.select().from(agencies).orderBy(asc(agencies.kind), asc(agencies.code));
    },
    async byId(id: number, tx: DbOrTx = db): Promise<Agency | undefined> {
      const [a] = await tx.select().from(agencies).where(eq(agencies.id, id));
      return a;
    },
    async byCodes(codes: string[], tx: DbOrTx = db): Promise<Agency[]> {
      return codes.length ? tx.select().from(agencies).where(inArray(agencies.code, codes)) : [];
    },
    async create(input: NewAgency, tx: DbOrTx = db): Promise<Agency> {
      const [a] = await tx.insert(agencies).values(input).returning();
      return a!;
    },
    /** True when another agency than `exceptId` already has this code, in any case ("bo-yt" is "BO-YT"). */
    async codeTaken(code: string, exceptId?: number, tx: DbOrTx = db): Promise<boolean> {
      const same = sql`lower(${agencies.code}) = lower(${code})`;
      const [a] = await tx
        .select({ id: agencies.id })
        .from(agencies)
        .where(exceptId === undefined ? same : and(same, ne(agencies.id, exceptId)))
        .limit(1);
      return a !== undefined;
    },
    /**
     * Locks the agency's row (`FOR UPDATE`) and returns it. A plan insert needs a key-share
     * lock on it (foreign key), so no plan can appear for the agency until `tx` ends.
     */
    async lockForUpdate(id: number, tx: DbOrTx): Promise<Agency | undefined> {
      const [a] = await tx.select().from(agencies).where(eq(agencies.id, id)).for('update');
      return a;
    },
    /** Whether the agency has a plan in any round (as far as `actor` may see). */
    async hasPlans(id: number, actor: Actor, tx: DbOrTx = db): Promise<boolean> {
      const [p] = await tx
        .select({ id: plans.id })
        .from(plans)
        .where(and(ownedBy(plans.agencyId, actor), eq(plans.agencyId, id)))
        .limit(1);
      return p !== undefined;
    },
    async update(id: number, changes: Partial<Pick<Agency, 'code' | 'name' | 'kind' | 'category'>>, tx: DbOrTx = db): Promise<Agency | undefined> {
      const [a] = await tx.update(agencies).set(changes).where(eq(agencies.id, id)).returning();
      return a;
    },
  };
}
export type AgenciesRepository = ReturnType<typeof agenciesRepository>;
