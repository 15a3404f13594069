/** Runs `fn` `runs` times after `warmup` untimed runs; returns the median and the spread in ms. */
export async function measure(fn: () => unknown, runs = 15, warmup = 3): Promise<{ median: number; min: number; max: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times[times.length - 1]! };
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
