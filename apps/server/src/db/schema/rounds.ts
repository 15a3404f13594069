import { boolean, index, integer, pgEnum, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { LATE_POLICIES } from '@cds/api';
import { timestamps } from './_shared.js';
import { agencies, agencyKind } from './agencies.js';

export const latePolicy = pgEnum('late_policy', LATE_POLICIES);

/** A reporting round: which template, when it opens, its deadline and what happens after it. */
export const rounds = pgTable('rounds', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  templateVersion: text('template_version').notNull(),
  /** The plan year the round collects (receipt numbers carry it); fixed at creation, a deadline extension does not move it. */
  year: integer('year').notNull(),
  opensAt: timestamp('opens_at', { withTimezone: true, mode: 'date' }).notNull(),
  deadline: timestamp('deadline', { withTimezone: true, mode: 'date' }).notNull(),
  latePolicy: latePolicy('late_policy').notNull().default('accept-flagged'),
  /** Name of the imported catalogue, and whether it is the demo sample (shown as such). */
  catalogName: text('catalog_name'),
  catalogSample: boolean('catalog_sample').notNull().default(false),
  ...timestamps,
});

/** One indicator of a round's catalogue. */
export const catalogEntries = pgTable(
  'catalog_entries',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    source: text('source').notNull().default(''),
    target2026: text('target_2026'),
    target2030: text('target_2030'),
    requires2030: boolean('requires_2030').notNull().default(false),
    direction: text('direction', { enum: ['up', 'down'] })
      .notNull()
      .default('up'),
    /** Position in the imported file, to list entries as MST ordered them. */
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [unique('catalog_entries_round_code_uq').on(t.roundId, t.code)],
);

/**
 * Who must plan for an entry: every agency ('all'), a kind of agency, or one agency.
 * An entry assigned to a list of agencies has one row per agency.
 */
export const catalogAssignments = pgTable(
  'catalog_assignments',
  {
    id: serial('id').primaryKey(),
    entryId: integer('entry_id')
      .notNull()
      .references(() => catalogEntries.id, { onDelete: 'cascade' }),
    scope: text('scope', { enum: ['all', 'kind', 'agency'] }).notNull(),
    agencyKind: agencyKind('agency_kind'),
    agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'cascade' }),
  },
  (t) => [index('catalog_assignments_entry_idx').on(t.entryId)],
);

export type Round = typeof rounds.$inferSelect;
export type NewRound = typeof rounds.$inferInsert;
export type CatalogEntryRow = typeof catalogEntries.$inferSelect;
export type CatalogAssignment = typeof catalogAssignments.$inferSelect;
