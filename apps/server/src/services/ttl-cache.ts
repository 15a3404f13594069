/** Every cache alive in this process, weakly: what `TtlCache.clearEverywhere()` empties. */
const alive = new Set<WeakRef<TtlCache<unknown, unknown>>>();
const gone = new FinalizationRegistry<WeakRef<TtlCache<unknown, unknown>>>((ref) => alive.delete(ref));

/**
 * A tiny per-process cache with a time-to-live, for values read on every request
 * (the current round, a session's user). Bounded: the oldest entry goes first.
 *
 * A value whose load began before a `delete`/`clear` is returned to its caller but
 * not kept: the invalidation may be for the very change that load raced with (a
 * round edited while a request was reading it), so what it read may be stale.
 */
export class TtlCache<K, V> {
  private readonly map = new Map<K, { value: V; until: number }>();
  /** Bumped by every invalidation; a load stores its value only if it has not moved. */
  private generation = 0;
  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
    private readonly clock: () => number = Date.now,
  ) {
    const ref = new WeakRef(this as TtlCache<unknown, unknown>);
    alive.add(ref);
    gone.register(this, ref);
  }

  async get(key: K, load: () => Promise<V>): Promise<V> {
    const hit = this.map.get(key);
    if (hit && hit.until > this.clock()) return hit.value;
    const generation = this.generation;
    const value = await load();
    if (generation !== this.generation) return value;
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, { value, until: this.clock() + this.ttlMs });
    return value;
  }

  delete(key: K): void {
    this.generation++;
    this.map.delete(key);
  }

  clear(): void {
    this.generation++;
    this.map.clear();
  }

  /**
   * Empties every cache of this process. For when invalidations from other processes
   * may have been missed (the connection that listens for them was lost): whatever is
   * cached may be stale, so nothing is trusted.
   */
  static clearEverywhere(): void {
    for (const ref of alive) ref.deref()?.clear();
  }
}
