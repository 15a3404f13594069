import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { syncMessages } from '@cds/plan-sync';
import type { Finding } from '@cds/rules';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px', maxHeight: '40vh', overflowY: 'auto' },
  item: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Findings as a plain list with their section id (the confirmation, the blocked state, the receipt). */
export function FindingList({ findings, testId }: { findings: readonly Finding[]; testId?: string }) {
  const s = useStyles();
  if (!findings.length) return null;
  return (
    <ul className={s.list} data-testid={testId}>
      {findings.map((f, i) => (
        <li key={`${f.rule}-${f.section}-${f.blockId}-${i}`} className={s.item}>
          <Text size={200}>
            <strong>{f.section ?? syncMessages.ui.wholeDocument}</strong>: {f.message}
          </Text>
          {f.ignored && (
            <Text size={200} block className={s.muted}>
              {syncMessages.ui.ignoredReason(f.ignored.reason)}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}
