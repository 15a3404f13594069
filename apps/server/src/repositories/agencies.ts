import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.js';
import { agencies, type Agency, type NewAgency } from '../db/schema/index.js';

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
  };
}
export type AgenciesRepository = ReturnType<typeof agenciesRepository>;
