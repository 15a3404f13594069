import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { deadlineView, syncMessages } from '@cds/plan-sync';
import { useEffect, useState } from 'react';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column' }, late: { color: tokens.colorPaletteDarkOrangeForeground1 } });

/** Before the deadline, the time left (Hanoi time); after it, whether late plans are still accepted. Re-renders every 30 s. */
export function Countdown({ round, now: fixedNow }: { round: { deadline: string; latePolicy: 'accept-flagged' | 'refuse' }; now?: Date }) {
  const s = useStyles();
  const [now, setNow] = useState(() => fixedNow ?? new Date());
  useEffect(() => {
    if (fixedNow) return;
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, [fixedNow]);
  const v = deadlineView(round, fixedNow ?? now);
  return (
    <section className={s.root} aria-label={syncMessages.ui.deadlineRegion} data-testid="countdown" data-passed={v.passed}>
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
