import { Badge, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { syncMessages, type SyncState, type SyncStatus } from '@cds/plan-sync';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  label: { overflowWrap: 'anywhere' },
});

const COLOR: Record<SyncState, 'success' | 'informative' | 'warning' | 'danger' | 'subtle'> = {
  starting: 'subtle',
  synced: 'success',
  syncing: 'informative',
  pending: 'warning',
  offline: 'danger',
  refused: 'danger',
  locked: 'informative',
  error: 'danger',
};

/** One line of sync state (đã đồng bộ / đang đồng bộ / chưa đồng bộ / mất kết nối), and the notice after a rebase. */
export function SyncStatusBar({ status, onDismissNotice, onRetry }: { status: SyncStatus; onDismissNotice(): void; onRetry?(): void }) {
  const s = useStyles();
  const stopped = status.state === 'refused' || status.state === 'error' || status.state === 'locked';
  return (
    <section className={s.root} aria-label={syncMessages.ui.statusRegion}>
      {stopped ? (
        <MessageBar intent={status.state === 'locked' ? 'info' : 'error'} data-testid="sync-status" data-state={status.state}>
          <MessageBarBody>{status.label}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={s.line} role="status" aria-live="polite" data-testid="sync-status" data-state={status.state}>
          <Badge size="extra-small" shape="circular" color={COLOR[status.state]} aria-hidden />
          <Text size={200} className={s.label}>
            {status.label}
          </Text>
          {status.state === 'offline' && onRetry && (
            <Button size="small" appearance="transparent" onClick={onRetry}>
              {syncMessages.ui.retryNow}
            </Button>
          )}
        </div>
      )}
      {status.notice && (
        <MessageBar intent="warning" data-testid="sync-notice">
          <MessageBarBody>{status.notice}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissNotice}>
              {syncMessages.ui.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
