import { bigserial, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './_shared.js';
import { agencies } from './agencies.js';
import { users } from './users.js';

/** Every state change: who, what, on which entity, when, with details. Append-only. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Dotted verb, e.g. "plan.submitted", "review.returned", "catalog.imported". */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt,
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
