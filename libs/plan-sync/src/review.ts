import type { MinePlanSchema } from '@cds/api';
import { getTemplate, headingOf, sectionById, templateOrder } from '@cds/template';
import type * as z from 'zod';
import { syncMessages as m } from './messages.vi.js';

type Mine = z.infer<typeof MinePlanSchema>;

export interface ReviewComment {
  /** Canonical section id: the pane's click-to-go target (`selectSection(id)`). */
  section: string;
  /** The template's heading of that section ("V. Tổ chức thực hiện"). */
  heading: string;
  comment: string;
}

/** MST's last decision on the plan: the summary and each comment beside its section, in template order. */
export interface ReviewView {
  decision: 'accept' | 'return';
  /** True while the plan is returned and awaiting changes. */
  awaitingChanges: boolean;
  title: string;
  summary: string;
  at: string;
  atText: string;
  comments: ReviewComment[];
}

export function reviewView(mine: Pick<Mine, 'plan' | 'lastReview' | 'round'>): ReviewView | null {
  const review = mine.lastReview;
  if (!review) return null;
  const template = getTemplate(mine.round.templateVersion);
  const order = (id: string) => {
    const i = templateOrder(template, id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const comments = review.comments
    .map((c, i) => ({ c, i }))
    .sort((a, b) => order(a.c.section) - order(b.c.section) || a.i - b.i)
    .map(({ c }) => {
      const s = sectionById(template, c.section);
      return { section: c.section, heading: s ? headingOf(s) : c.section, comment: c.comment };
    });
  return {
    decision: review.decision,
    awaitingChanges: review.decision === 'return' && mine.plan?.status === 'returned',
    title: review.decision === 'return' ? m.returned : m.acceptedReview,
    summary: review.summary,
    at: review.createdAt,
    atText: m.reviewedAt(review.createdAt),
    comments,
  };
}
