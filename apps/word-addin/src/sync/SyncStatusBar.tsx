import { Badge, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { syncMessages, type SyncState, type SyncStatus } from '@cds/plan-sync';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // One line in the everyday states; it wraps (never clips) when a long label meets the buttons.
  bar: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, minHeight: '28px' },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, flex: '1 1 auto' },
  label: { overflowWrap: 'anywhere', minWidth: 0 },
  // "Thử lại ngay" stays one line beside the status in a 320-px pane: never wraps, never shrinks.
  retry: { whiteSpace: 'nowrap', flexShrink: 0, minWidth: 'auto', paddingInline: tokens.spacingHorizontalXS },
  trailing: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginLeft: 'auto', flexShrink: 0 },
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

/** The dot: "chưa đồng bộ lần nào" (synced state, nothing ever on the server) is a grey ring, never the synced green. */
export function dotOf(status: Pick<SyncStatus, 'state' | 'lastSyncedAt' | 'revision'>) {
  if (status.state === 'synced' && !status.lastSyncedAt && !(status.revision > 0)) return { color: 'informative', appearance: 'outline' } as const;
  return { color: COLOR[status.state], appearance: 'filled' } as const;
}

/**
 * One line of sync state (đã đồng bộ / đang đồng bộ / chưa đồng bộ / mất kết nối), with
 * what the pane puts beside it (`children`: the submit button, the details toggle), and
 * the notice after a rebase. A refusal or a stop is an error bar above that line.
 */
export function SyncStatusBar({
  status,
  onDismissNotice,
  onRetry,
  children,
}: {
  status: SyncStatus;
  onDismissNotice(): void;
  onRetry?(): void;
  children?: ReactNode;
}) {
  const s = useStyles();
  const stopped = status.state === 'refused' || status.state === 'error' || status.state === 'locked';
  return (
    <section className={s.root} aria-label={syncMessages.ui.statusRegion}>
      {stopped && (
        <MessageBar intent={status.state === 'locked' ? 'info' : 'error'} data-testid="sync-status" data-state={status.state}>
          <MessageBarBody>{status.label}</MessageBarBody>
        </MessageBar>
      )}
      {(!stopped || children) && (
        <div className={s.bar}>
          {!stopped && (
            <div className={s.line} role="status" aria-live="polite" data-testid="sync-status" data-state={status.state}>
              <Badge size="extra-small" shape="circular" {...dotOf(status)} aria-hidden data-testid="sync-dot" />
              <Text size={200} className={s.label}>
                {status.label}
              </Text>
              {status.state === 'offline' && onRetry && (
                <Button size="small" appearance="transparent" className={s.retry} onClick={onRetry} data-testid="sync-retry">
                  {syncMessages.ui.retryNow}
                </Button>
              )}
            </div>
          )}
          {children && <div className={s.trailing}>{children}</div>}
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
