import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { deadlineView, syncMessages, type ServerClock } from '@cds/plan-sync';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { paneServerClock } from './serverClock.js';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column' }, late: { color: tokens.colorPaletteDarkOrangeForeground1 } });

/**
 * Before the deadline, the time left (Hanoi time); after it, whether late plans are still
 * accepted. Counted from the server's time (the machine's clock corrected by the measured
 * offset), as the receipt's on-time judgement is. Re-renders every 30 s and when the offset changes.
 */
export function Countdown({
  round,
  now: fixedNow,
  clock = paneServerClock,
}: {
  round: { deadline: string; latePolicy: 'accept-flagged' | 'refuse' };
  now?: Date;
  clock?: ServerClock;
}) {
  const s = useStyles();
  const offset = useSyncExternalStore(clock.offset.subscribe, clock.offset.get, clock.offset.get);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (fixedNow) return;
    const timer = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, [fixedNow]);
  const v = deadlineView(round, fixedNow ?? clock.now());
  return (
    <section
      className={s.root}
      aria-label={syncMessages.ui.deadlineRegion}
      data-testid="countdown"
      data-passed={v.passed}
      data-server-offset={offset === null ? undefined : Math.round(offset / 1000)}
    >
      <Text size={200}>{v.deadlineText}</Text>
      <Text size={200} weight="semibold" className={v.passed ? s.late : undefined}>
        {v.countdown}
      </Text>
      {v.lateNote && (
        <Text size={200} className={s.late}>
          {v.lateNote}
        </Text>
      )}
    </section>
  );
}
