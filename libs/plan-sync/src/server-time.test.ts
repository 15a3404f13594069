import { describe, expect, it } from 'vitest';
import { deadlineView } from './deadline.js';
import { createServerClock } from './server-time.js';
import { manualClock } from './testing/manual-clock.js';

// The machine's clock is 278 days ahead of the server's (the fault: "đã quá hạn 267 ngày" on a receipt "Đúng hạn").
const machine = new Date('2026-12-04T01:44:00Z');
const server = '2026-03-01T03:00:00Z';
const round = { deadline: '2026-03-11T03:00:00Z', latePolicy: 'refuse' as const };

describe('the server’s clock', () => {
  it('counts from the server’s time once measured, whatever the machine’s clock says', async () => {
    const base = manualClock(machine);
    const clock = createServerClock(base);
    expect(deadlineView(round, clock.now())).toMatchObject({ passed: true }); // unmeasured: the machine's (wrong) clock
    const ok = await clock.sample(async () => {
      base.advance(400); // the round trip
      return server;
    });
    expect(ok).toBe(true);
    // The server's answer is taken as its time at the middle of the round trip.
    expect(clock.now().toISOString()).toBe('2026-03-01T03:00:00.200Z');
    expect(deadlineView(round, clock.now())).toMatchObject({ passed: false, countdown: 'còn 9 ngày 23 giờ' });
    base.advance(3_600_000);
    expect(clock.now().toISOString()).toBe('2026-03-01T04:00:00.200Z'); // and runs on with the machine's clock
  });
  it('keeps the last offset when a measurement fails or answers no time', async () => {
    const base = manualClock(machine);
    const clock = createServerClock(base);
    await clock.sample(async () => server);
    const offset = clock.offset.get();
    expect(offset).toBe(new Date(server).getTime() - machine.getTime());
    expect(await clock.sample(() => Promise.reject(new Error('offline')))).toBe(false);
    expect(await clock.sample(async () => 'không phải ngày')).toBe(false);
    expect(clock.offset.get()).toBe(offset);
  });
});
