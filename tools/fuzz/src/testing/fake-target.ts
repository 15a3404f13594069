import type { TargetResult } from '../target.js';

/** A stand-in target for the runner's own tests: the first byte says how to misbehave. */
export function readAndAnalyze(bytes: Uint8Array): TargetResult {
  switch (bytes[0]) {
    case 1:
      throw new TypeError('boom'); // escapes the target: the worker dies
    case 2: {
      const until = Date.now() + 60_000;
      while (Date.now() < until); // a hang
      return { outcome: 'ok', unstorable: false };
    }
    case 3: {
      const keep: Uint8Array[] = [];
      for (let i = 0; i < 400; i++) keep.push(new Uint8Array(1024 * 1024).fill(i)); // 400 MB held and touched
      return { outcome: 'ok', unstorable: keep.length === 0 };
    }
    case 4:
      return { outcome: 'crash', stage: 'read', error: 'RangeError: x', stack: '' };
    default:
      return { outcome: 'ok', unstorable: false };
  }
}
