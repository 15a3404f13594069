import { index, integer, jsonb, pgEnum, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { REVIEW_DECISIONS } from '@cds/api';
import { createdAt } from './_shared.js';
import { plans } from './plans.js';
import { submissions } from './submissions.js';
import { users } from './users.js';

export const reviewDecision = pgEnum('review_decision', REVIEW_DECISIONS);

/** A reviewer's comment on one section (canonical id, e.g. "P2.III.6"). */
export interface SectionComment {
  section: string;
  comment: string;
}

/** MST's decision on a submission. */
export const reviews = pgTable(
  'reviews',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    reviewerId: integer('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    decision: reviewDecision('decision').notNull(),
    summary: text('summary').notNull().default(''),
    comments: jsonb('comments').$type<SectionComment[]>().notNull(),
    createdAt,
  },
  (t) => [index('reviews_plan_idx').on(t.planId)],
);

export type Review = typeof reviews.$inferSelect;
