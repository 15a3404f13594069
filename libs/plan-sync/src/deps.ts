import type { ApiClient, UserSchema } from '@cds/api';
import type { Analysis } from '@cds/rules';
import type * as z from 'zod';

/** The signed-in user, as `/auth/me` and the login answer give it. */
export type SessionUser = z.infer<typeof UserSchema>;

/** What the engine needs of the typed client. */
export type SyncClient = Pick<ApiClient, 'syncDraft' | 'submit' | 'mine' | 'currentRound'>;

/**
 * The open document, read and judged by the core (`analyze()` over the adapter's
 * reading): the plan's data, its counts and completeness, and the findings (the
 * submission needs them; the sync sends only the first three).
 */
export type PlanReading = Pick<Analysis, 'plan' | 'counts' | 'completeness' | 'findings'>;
export type ReadPlan = () => Promise<PlanReading>;

/** Time, injected so tests can move it. */
export interface Clock {
  now(): Date;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** A fresh idempotency key (the browser's and Node's `crypto.randomUUID`). */
export const randomKey = (): string => globalThis.crypto.randomUUID();
