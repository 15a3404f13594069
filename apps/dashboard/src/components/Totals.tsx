import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { BoardTotalsSchema } from '@cds/api';
import { formatCountdown, labelsVi } from '@cds/strings-vi';
import { formatDateTime, formatNumber } from '../format';
import type * as z from 'zod';
import { useNow } from '../live';
import { t } from '../strings.vi';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalL, flexWrap: 'wrap', alignItems: 'stretch' },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: tokens.spacingHorizontalM,
    flexGrow: 1,
    flexBasis: '560px',
    alignContent: 'start',
  },
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalXXS },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  countdown: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  deadline: { flexBasis: '340px', flexGrow: 0, flexShrink: 0 },
  liveOn: { color: tokens.colorPaletteGreenForeground1 },
  liveOff: { color: tokens.colorPaletteDarkOrangeForeground1 },
  late: { color: tokens.colorPaletteRedForeground1 },
});

type Totals = z.infer<typeof BoardTotalsSchema>;

/** The round at a glance: deadline and countdown (Hanoi time), counts by state, last sync, live state. */
export function Totals({ totals, live }: { totals: Totals; live: boolean }) {
  const s = useStyles();
  const now = useNow();
  const passed = new Date(totals.round.deadline) <= now;
  const cells: [string, number, string?][] = [
    [t.board.agencies, totals.agencies],
    [t.board.submitted, totals.submitted],
    [t.board.late, totals.late, s.late],
    [t.board.notStarted, totals.notStarted],
    [t.board.drafting, totals.byStatus.draft ?? 0],
    [t.board.returned, totals.byStatus.returned ?? 0],
    [t.board.accepted, totals.byStatus.accepted ?? 0],
  ];
  return (
    <section aria-label={t.board.title} className={s.row}>
      <Card className={`${s.card} ${s.deadline}`}>
        <Text size={200}>
          {t.board.deadline}: <b>{formatDateTime(totals.round.deadline)}</b> (giờ Hà Nội)
        </Text>
        <Text className={passed ? `${s.countdown} ${s.late}` : s.countdown} role="timer" aria-live="off">
          {formatCountdown(totals.round.deadline, now)}
        </Text>
        <Text size={200}>
          {t.board.policy}: {labelsVi.latePolicy[totals.round.latePolicy]}
        </Text>
        <Text size={200}>
          {t.board.lastSync}: {totals.lastSyncedAt ? formatDateTime(totals.lastSyncedAt) : t.none}{' '}
        </Text>
        <Text size={200} weight="semibold" className={live ? s.liveOn : s.liveOff} aria-live="polite">
          {live ? `● ${t.board.live}` : `○ ${t.board.offline}`}
        </Text>
      </Card>
      <div className={s.counts}>
        {cells.map(([label, n, cls]) => (
          <Card key={label} className={s.card}>
            <Text size={200}>{label}</Text>
            <Text className={cls ? `${s.number} ${cls}` : s.number} data-total={label}>
              {formatNumber(n)}
            </Text>
          </Card>
        ))}
      </div>
    </section>
  );
}
