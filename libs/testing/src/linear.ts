/**
 * Checks that work grows linearly with input size without a wall-clock budget: the
 * same job on an input of size n and 4n, each timed as the fastest of a few runs
 * (the minimum is what load on a shared machine disturbs least). Linear work gives a
 * ratio near 4, quadratic 16, cubic 64.
 */
export function growthRatio(job: (n: number) => () => void, n: number, runs = 5): number {
  const time = (size: number) => {
    const run = job(size);
    run(); // warm-up: JIT and caches
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      run();
      best = Math.min(best, performance.now() - t0);
    }
    return Math.max(best, 0.01);
  };
  return time(4 * n) / time(n);
}

/** Generous bound for a linear job (4 expected): far below quadratic (16). */
export const LINEAR_RATIO = 9;
