import { systemClock, type Clock } from './deps.js';
import { createStore, type Store } from './store.js';

/**
 * The server's time as this machine can know it: the machine's clock plus an offset
 * measured against a time the server stamps (its `/api/health` answer's `time`). The
 * receipt's "on time / late" is the server's judgement, so the countdown and the
 * confirmation must count from the server's clock too, not from a machine whose
 * clock may be days off. Until a sample succeeds the offset is unknown and the
 * machine's own clock is used.
 */
export interface ServerClock extends Clock {
  /** Server time minus machine time, in ms (null until measured). Subscribe to re-render when it changes. */
  readonly offset: Store<number | null>;
  /**
   * Measures once: `probe` asks the server for its time; the answer is taken to be the
   * server's time at the middle of the round trip. False (the offset kept) when the
   * probe fails or answers no valid time.
   */
  sample(probe: () => Promise<string | Date>): Promise<boolean>;
}

export function createServerClock(base: Clock = systemClock): ServerClock {
  const offset = createStore<number | null>(null);
  return {
    offset,
    now: () => new Date(base.now().getTime() + (offset.get() ?? 0)),
    setTimeout: (fn, ms) => base.setTimeout(fn, ms),
    clearTimeout: (h) => base.clearTimeout(h),
    async sample(probe) {
      const sent = base.now().getTime();
      let answer: string | Date;
      try {
        answer = await probe();
      } catch {
        return false;
      }
      const received = base.now().getTime();
      const server = new Date(answer).getTime();
      if (!Number.isFinite(server)) return false;
      offset.set(Math.round(server - (sent + received) / 2));
      return true;
    },
  };
}
