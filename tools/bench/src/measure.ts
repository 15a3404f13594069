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

/**
 * Times two functions alternately (a, b, a, b, …) so that load from other
 * processes falls on both alike; returns both medians and the ratio b/a.
 */
export async function compare(a: () => unknown, b: () => unknown, runs = 9): Promise<{ a: number; b: number; ratio: number }> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await a();
    ta.push(performance.now() - start);
    start = performance.now();
    await b();
    tb.push(performance.now() - start);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const ma = median(ta);
  const mb = median(tb);
  return { a: ma, b: mb, ratio: mb / ma };
}
