import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testPgUrl } from '../test/database.js';
import { inProcessBus, postgresBus } from './event-bus.js';

const event = { kind: 'sync' as const, agencyId: 7, planId: null, at: '2026-03-01T03:00:00.000Z' };

describe('board event bus', () => {
  it('delivers in-process, and stops after unsubscribe', async () => {
    const bus = inProcessBus();
    const seen: unknown[] = [];
    const stop = bus.subscribe((e) => seen.push(e));
    await bus.publish(event);
    stop();
    await bus.publish(event);
    expect(seen).toEqual([event]);
  });

  // Two pools stand for two server processes on one database.
  it.skipIf(!testPgUrl())('carries an event from one server process to another through LISTEN/NOTIFY', async () => {
    const a = new pg.Pool({ connectionString: testPgUrl(), max: 2 });
    const b = new pg.Pool({ connectionString: testPgUrl(), max: 2 });
    const busA = await postgresBus(a);
    const busB = await postgresBus(b);
    try {
      const got = new Promise((resolve) => busB.subscribe(resolve));
      const own = new Promise((resolve) => busA.subscribe(resolve));
      await busA.publish(event);
      expect(await got).toEqual(event);
      expect(await own).toEqual(event);
    } finally {
      await busA.close();
      await busB.close();
      await a.end();
      await b.end();
    }
  });
});
