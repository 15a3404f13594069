import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('serves a value until its time-to-live ends, then loads again', async () => {
    let now = 0;
    let loads = 0;
    const cache = new TtlCache<string, number>(1000, 10, () => now);
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    now = 999;
    expect(await cache.get('a', load)).toBe(1);
    now = 1000;
    expect(await cache.get('a', load)).toBe(2);
  });

  it('forgets deleted keys and drops the oldest entry when full', async () => {
    const cache = new TtlCache<string, string>(60_000, 2);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a2')).toBe('a2');
    cache.delete('c');
    expect(await cache.get('c', async () => 'c2')).toBe('c2');
  });
});

describe('TtlCache invalidation', () => {
  it('does not keep a value whose load began before a delete or clear (it may predate the change)', async () => {
    const cache = new TtlCache<string, string>(60_000);
    let release!: () => void;
    const slow = cache.get('a', () => new Promise<string>((r) => (release = () => r('old'))));
    cache.delete('a');
    release();
    expect(await slow).toBe('old');
    expect(await cache.get('a', async () => 'new')).toBe('new');
  });

  it('clearEverywhere empties every cache of the process', async () => {
    const one = new TtlCache<string, number>(60_000);
    const two = new TtlCache<string, number>(60_000);
    await one.get('k', async () => 1);
    await two.get('k', async () => 1);
    TtlCache.clearEverywhere();
    expect(await one.get('k', async () => 2)).toBe(2);
    expect(await two.get('k', async () => 2)).toBe(2);
  });
});
