/**
 * A tiny per-process cache with a time-to-live, for values read on every request
 * (the current round, a session's user). Bounded: the oldest entry goes first.
 */
export class TtlCache<K, V> {
  private readonly map = new Map<K, { value: V; until: number }>();
  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(key: K, load: () => Promise<V>): Promise<V> {
    const hit = this.map.get(key);
    if (hit && hit.until > this.clock()) return hit.value;
    const value = await load();
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, { value, until: this.clock() + this.ttlMs });
    return value;
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }
}
