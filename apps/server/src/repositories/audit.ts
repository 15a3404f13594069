import type { DbOrTx } from '../db/client.js';
import { auditLog, type NewAuditEntry } from '../db/schema/index.js';

/** Appends one audit entry; called inside the transaction of the change it records. */
export async function recordAudit(db: DbOrTx, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}
