import { customType, timestamp } from 'drizzle-orm/pg-core';

/** created_at / updated_at, spread into every table that is edited after creation. */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** created_at only, for append-only tables (revisions, submissions, audit). */
export const createdAt = timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/**
 * bytea as a Buffer. node-postgres returns Buffer, PGlite returns Uint8Array:
 * both are normalised to Buffer so the stored bytes come back identical on either engine.
 */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  toDriver: (value) => value,
});
