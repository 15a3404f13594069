import { count } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditLog, catalogEntries, planRevisions, plans, reviews, submissions } from '../db/schema/index.js';

/** Row counts of the tables a request may write: compared before/after a failure. */
export async function rowCounts(db: Db) {
  const n = async (t: typeof plans | typeof planRevisions | typeof submissions | typeof reviews | typeof auditLog | typeof catalogEntries) =>
    (await db.select({ n: count() }).from(t))[0]!.n;
  return {
    plans: await n(plans),
    revisions: await n(planRevisions),
    submissions: await n(submissions),
    reviews: await n(reviews),
    audit: await n(auditLog),
    catalog: await n(catalogEntries),
  };
}
