import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { syncMessages } from '@cds/plan-sync';
import { useId } from 'react';
import { t } from '../strings.vi.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  reason: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  compact: { flexShrink: 0, minWidth: 'auto' },
});

/**
 * The one button. When the user may not submit (a drafter, a plan already sent) it
 * stays visible but disabled, with the reason written under it and tied to it for
 * screen readers, so nobody wonders why it does nothing.
 *
 * `compact` (the pane's one-line status bar): a small "Gửi" button whose accessible name
 * is the full label; the reason is written elsewhere (the element `reasonId`, in the
 * details region) and also shown as the button's tooltip.
 */
export function SubmitButton({
  permission,
  busy,
  onClick,
  compact = false,
  reasonId: outsideReasonId,
}: {
  permission: { allowed: true } | { allowed: false; reason: string };
  busy: boolean;
  onClick(): void;
  compact?: boolean;
  reasonId?: string;
}) {
  const s = useStyles();
  const ownReasonId = useId();
  const reason = permission.allowed ? null : permission.reason;
  if (compact)
    return (
      <Button
        size="small"
        appearance="primary"
        className={s.compact}
        icon={<SendRegular />}
        disabledFocusable={!permission.allowed || busy}
        onClick={onClick}
        aria-label={syncMessages.ui.submit}
        title={reason ?? syncMessages.ui.submit}
        aria-describedby={reason && outsideReasonId ? outsideReasonId : undefined}
        data-testid="submit-button"
      >
        {t.sync.submitShort}
      </Button>
    );
  const reasonId = outsideReasonId ?? ownReasonId;
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
