/**
 * Checks that work grows linearly with input size without a wall-clock budget: the
 * same job on inputs of size n and 4n, timed alternately (so load on a shared machine
 * falls on both), each sample repeated until it lasts a few milliseconds, and the
 * fastest sample of each kept (the minimum is what load disturbs least). Linear work
 * gives a ratio near 4, quadratic 16, cubic 64. Up to `attempts` measurements are
 * taken and the lowest ratio kept.
 */
export function growthRatio(job: (n: number) => () => void, n: number, samples = 7, attempts = 3): number {
  // A burst of load on the shared machine can skew one measurement; a real quadratic cost skews all of them.
  let best = Infinity;
  for (let a = 0; a < attempts && best >= LINEAR_RATIO; a++) best = Math.min(best, measure(job, n, samples));
  return best;
}

function measure(job: (n: number) => () => void, n: number, samples: number): number {
  const small = job(n);
  const large = job(4 * n);
  small();
  large(); // warm-up: JIT and caches
  let reps = 1;
  while (reps < 1_000 && time(small, reps) < 5) reps *= 2;
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < samples; i++) {
    bestSmall = Math.min(bestSmall, time(small, reps));
    bestLarge = Math.min(bestLarge, time(large, reps));
  }
  return bestLarge / Math.max(bestSmall, 0.001);
}

function time(run: () => void, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) run();
  return performance.now() - t0;
}

/** Generous bound for a linear job (4 expected): well below quadratic (16). */
export const LINEAR_RATIO = 10;
