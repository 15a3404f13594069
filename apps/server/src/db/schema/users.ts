import { index, integer, pgEnum, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, timestamps } from './_shared.js';
import { USER_ROLES } from '@cds/api';
import { agencies } from './agencies.js';

export { USER_ROLES, type UserRole } from '@cds/api';
export const userRole = pgEnum('user_role', USER_ROLES);

/** An account. Drafters and submitters belong to an agency; MST staff do not. */
export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: userRole('role').notNull(),
  agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'restrict' }),
  /** Set when an admin disables the account: it cannot log in and its sessions are gone. */
  disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
  ...timestamps,
});

/** A login session. Only the SHA-256 of the opaque bearer token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt,
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
