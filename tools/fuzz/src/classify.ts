import type { FuzzInput } from './inputs.js';
import type { RunResult } from './runner.js';

/** What the campaign counts an input as. Everything but `ok` and `refused` is a failure. */
export type Verdict = 'ok' | 'refused' | 'crash' | 'hang' | 'memory' | 'unstorable' | 'dtd-accepted';
export const FAILURES: readonly Verdict[] = ['crash', 'hang', 'memory', 'unstorable', 'dtd-accepted'];

export interface Limits {
  timeMs: number;
  growthMb: number;
}

/**
 * The verdict on one input. Time is the worker's CPU time (wall time on a shared
 * machine says more about the neighbours than about the input): a worker is
 * killed, as a hang, once its CPU time for the input passes the limit.
 */
export function verdict(input: FuzzInput, r: RunResult, limits: Limits): Verdict {
  if (r.kind === 'hang') return 'hang';
  if (r.kind === 'died') return r.oom ? 'memory' : 'crash';
  if (r.cpuMs > limits.timeMs) return 'hang';
  if (r.growthMb > limits.growthMb) return 'memory';
  if (r.outcome === 'crash') return 'crash';
  if (r.outcome === 'refused') return 'refused';
  if (input.expect === 'refused') return 'dtd-accepted';
  return r.unstorable ? 'unstorable' : 'ok';
}
