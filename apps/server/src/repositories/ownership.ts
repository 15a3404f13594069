import { eq, sql, type Column, type SQL } from 'drizzle-orm';
import type { UserRole } from '../db/schema/index.js';

/** Who is asking: enough to decide what they may see. */
export interface Actor {
  userId: number;
  role: UserRole;
  agencyId: number | null;
}

/** MST staff read every agency's data; agency staff only their own. */
export function readsAllAgencies(actor: Actor): boolean {
  return actor.role === 'mst_reviewer' || actor.role === 'admin';
}

/**
 * THE ownership predicate. Every query of agency-owned data (plans, revisions,
 * submissions, reviews) ANDs this onto its WHERE clause, with the column that
 * holds the owning agency's id. MST staff get `true`; an agency user gets
 * `agency_id = theirs`; an agency user without an agency gets `false`.
 */
export function ownedBy(agencyColumn: Column, actor: Actor): SQL {
  if (readsAllAgencies(actor)) return sql`true`;
  if (actor.agencyId == null) return sql`false`;
  return eq(agencyColumn, actor.agencyId);
}
