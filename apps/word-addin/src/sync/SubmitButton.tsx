import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { syncMessages } from '@cds/plan-sync';
import { useId } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  reason: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/**
 * The one button. When the user may not submit (a drafter, a plan already sent) it
 * stays visible but disabled, with the reason written under it and tied to it for
 * screen readers, so nobody wonders why it does nothing.
 */
export function SubmitButton({
  permission,
  busy,
  onClick,
}: {
  permission: { allowed: true } | { allowed: false; reason: string };
  busy: boolean;
  onClick(): void;
}) {
  const s = useStyles();
  const reasonId = useId();
  const reason = permission.allowed ? null : permission.reason;
  return (
    <div className={s.root}>
      <Button
        appearance="primary"
        disabledFocusable={!permission.allowed || busy}
        onClick={onClick}
        aria-describedby={reason ? reasonId : undefined}
        data-testid="submit-button"
      >
        {syncMessages.ui.submit}
      </Button>
      {reason && (
        <Text id={reasonId} size={200} className={s.reason} data-testid="submit-reason">
          {reason}
        </Text>
      )}
    </div>
  );
}
