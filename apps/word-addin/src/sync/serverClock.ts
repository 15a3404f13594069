import { createServerClock } from '@cds/plan-sync';

/**
 * The pane's one server clock: `useSync` measures it against the server (`/api/health`'s
 * `time`) once signed in and every few minutes; the countdown and the submission's
 * deadline check read it, so they agree with the receipt's on-time judgement even on a
 * machine whose clock is wrong.
 */
export const paneServerClock = createServerClock();
