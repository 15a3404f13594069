import type { RoundSchema } from '@cds/api';
import type * as z from 'zod';
import { syncMessages as m } from './messages.vi.js';

type Round = Pick<z.infer<typeof RoundSchema>, 'deadline' | 'latePolicy'>;

/** What the pane says about the round's deadline at `now`: a countdown before it, the late policy after. */
export interface DeadlineView {
  /** "Hạn nộp: 15:00 15/03/2026 (giờ Hà Nội)" */
  deadlineText: string;
  passed: boolean;
  /** "còn 2 ngày 3 giờ" before; "đã quá hạn 1 ngày 2 giờ" after. */
  countdown: string;
  /** After the deadline: whether the round still takes late plans. */
  acceptsLate: boolean;
  lateNote: string | null;
}

export function deadlineView(round: Round, now: Date): DeadlineView {
  const passed = now.getTime() > new Date(round.deadline).getTime();
  const acceptsLate = round.latePolicy === 'accept-flagged';
  return {
    deadlineText: m.deadline(round.deadline),
    passed,
    countdown: m.countdown(round.deadline, now),
    acceptsLate,
    lateNote: passed ? (acceptsLate ? m.lateAccepted : m.lateRefused) : null,
  };
}
