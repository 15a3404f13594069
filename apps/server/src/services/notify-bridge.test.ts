import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../bench/fresh-database.js';
import { testPgUrl } from '../test/database.js';
import { CHANNELS, inProcessBridge, postgresBridge } from './notify-bridge.js';

const waitFor = async (ok: () => boolean, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('notify bridge', () => {
  // A database of its own: NOTIFY is per database, and other suites may be talking on the shared one.
  let fresh: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  beforeAll(async () => {
    if (testPgUrl()) fresh = await freshDatabase(testPgUrl()!, 'cds_test_notify');
  });
  afterAll(() => fresh?.drop());
  const url = () => fresh!.url;

  it('in-process: delivers to this process as its own', async () => {
    const bridge = inProcessBridge();
    const seen: [string, boolean][] = [];
    bridge.subscribe(CHANNELS.cache, (p, own) => seen.push([p, own]));
    await bridge.publishAndWait(CHANNELS.cache, 'x');
    await bridge.publish(CHANNELS.events, 'not on this channel');
    expect(seen).toEqual([['x', true]]);
    await bridge.close();
  });

  // Two pools stand for two server processes on one database.
  it.skipIf(!testPgUrl())(
    'postgres: reaches the other process (not as its own); publishAndWait returns once delivered; a rolled-back transaction sends nothing',
    async () => {
      const poolA = new pg.Pool({ connectionString: url(), max: 2 });
      // An application_name in the URL must not hide the listener's own name (how processes find each other).
      const poolB = new pg.Pool({ connectionString: `${url()}?application_name=cds-server`, max: 2 });
      const a = await postgresBridge(poolA);
      const b = await postgresBridge(poolB);
      try {
        const onA: [string, boolean][] = [];
        const onB: [string, boolean][] = [];
        a.subscribe(CHANNELS.cache, (p, own) => onA.push([p, own]));
        b.subscribe(CHANNELS.cache, (p, own) => onB.push([p, own]));
        const { rows } = await poolA.query(
          `select application_name from pg_stat_activity where datname = current_database() and application_name like 'cds-listen-%'`,
        );
        expect(rows).toHaveLength(2);
        // publishAndWait returns once B's subscribers have run (B acknowledged), not merely once sent.
        await a.publishAndWait(CHANNELS.cache, '{"t":"rounds"}');
        expect(onA).toEqual([['{"t":"rounds"}', true]]);
        expect(onB).toEqual([['{"t":"rounds"}', false]]);

        // Inside a transaction: nothing at rollback, delivered at commit.
        for (const end of ['rollback', 'commit']) {
          const c = await poolA.connect();
          await c.query('begin');
          await a.publish(CHANNELS.cache, end, (ch, m) => c.query('select pg_notify($1, $2)', [ch, m]));
          await new Promise((r) => setTimeout(r, 100));
          expect(onB.map(([p]) => p)).not.toContain(end);
          await c.query(end);
          c.release();
        }
        await waitFor(() => onB.some(([p]) => p === 'commit'));
        expect(onB.map(([p]) => p)).not.toContain('rollback');
        await expect(a.publish(CHANNELS.cache, 'x'.repeat(8_000))).rejects.toThrow(/too large/);
      } finally {
        await a.close();
        await b.close();
        await poolA.end();
        await poolB.end();
      }
    },
  );

  it.skipIf(!testPgUrl())('postgres: a lost LISTEN connection is a gap (told when lost and when back), and listening resumes', async () => {
    const pool = new pg.Pool({ connectionString: url(), max: 2 });
    const states: string[] = [];
    const bridge = await postgresBridge(pool, { retryMs: 50, log: (s) => states.push(s) });
    try {
      let gaps = 0;
      bridge.onGap(() => gaps++);
      const seen: string[] = [];
      bridge.subscribe(CHANNELS.events, (p) => seen.push(p));
      // PostgreSQL ends the listening backend (an admin, a restart, a failover).
      const { rowCount } = await pool.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name like 'cds-listen-%'`,
      );
      expect(rowCount).toBeGreaterThan(0);
      await waitFor(() => states.includes('listening'));
      expect(states[0]).toBe('lost');
      expect(gaps).toBeGreaterThanOrEqual(2);
      await bridge.publishAndWait(CHANNELS.events, 'after');
      expect(seen).toEqual(['after']);
    } finally {
      await bridge.close();
      await pool.end();
    }
  });

  it.skipIf(!testPgUrl())('postgres: publishAndWait gives up on a listener that never acknowledges after its timeout', async () => {
    const pool = new pg.Pool({ connectionString: url(), max: 2 });
    const bridge = await postgresBridge(pool);
    // Named like a server's listener, but never answers (a process stuck or dying).
    const mute = new pg.Client({ connectionString: url(), application_name: 'cds-listen-000000000000' });
    await mute.connect();
    await mute.query(`listen ${CHANNELS.cache}`);
    try {
      const t0 = performance.now();
      await bridge.publishAndWait(CHANNELS.cache, 'x', 300);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
      await mute.end();
      // Gone: not waited for any more.
      const t1 = performance.now();
      await bridge.publishAndWait(CHANNELS.cache, 'y', 5_000);
      expect(performance.now() - t1).toBeLessThan(2_000);
    } finally {
      await mute.end().catch(() => {});
      await bridge.close();
      await pool.end();
    }
  });
});
