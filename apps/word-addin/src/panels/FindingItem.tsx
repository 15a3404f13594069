import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { LocatedFinding } from '@cds/word-adapter';
import { labelsVi } from '@cds/strings-vi';
import { t } from '../strings.vi.js';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  message: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  badge: { flexShrink: 0 },
  ignored: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingActions {
  go(f: LocatedFinding): void;
  fix(f: LocatedFinding): void;
  ignore(f: LocatedFinding): void;
}

/** One finding: severity, message, and what can be done with it. */
export function FindingItem({ f, actions, busy }: { f: LocatedFinding; actions: FindingActions; busy: boolean }) {
  const s = useStyles();
  return (
    <li
      className={s.item}
      data-testid="finding"
      data-rule={f.rule}
      data-section={f.section ?? ''}
      data-severity={f.severity}
      data-ignored={f.ignored ? 'true' : 'false'}
    >
      <div className={s.head}>
        <Badge className={s.badge} appearance="tint" color={COLOR[f.severity]} size="small">
          {labelsVi.severity[f.severity]}
        </Badge>
        <Text size={200} className={s.message}>
          {f.message}
        </Text>
      </div>
      {f.ignored ? (
        <Text size={200} className={s.ignored}>
          {t.check.ignored(f.ignored.reason)}
        </Text>
      ) : (
        <div className={s.actions}>
          {f.place && (
            <Button size="small" appearance="subtle" onClick={() => actions.go(f)}>
              {t.check.go}
            </Button>
          )}
          {f.fix && (
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => actions.fix(f)}>
              {t.check.fix}
            </Button>
          )}
          {f.severity !== 'info' && (
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => actions.ignore(f)}>
              {t.check.ignore}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
