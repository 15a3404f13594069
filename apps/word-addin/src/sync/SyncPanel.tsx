import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { Countdown } from './Countdown.js';
import { ReviewComments } from './ReviewComments.js';
import { SubmitButton } from './SubmitButton.js';
import { SubmitDialog } from './SubmitDialog.js';
import { SyncStatusBar } from './SyncStatusBar.js';
import type { SyncHandle } from './useSync.js';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/**
 * Everything of sync and submission in one block, for a pane that wants it whole:
 * the status line, the countdown, MST's comments on a returned plan, the submit
 * button and its dialog. Renders nothing before sign-in.
 */
export function SyncPanel({ sync, selectSection }: { sync: SyncHandle; selectSection(id: string): void }) {
  const s = useStyles();
  if (!sync.status) return null;
  const busy = sync.submitState.step !== 'idle' && sync.submitState.step !== 'not-allowed';
  const permission = sync.submitState.step === 'not-allowed' ? { allowed: false as const, reason: sync.submitState.reason } : sync.permission;
  return (
    <div className={s.root} data-testid="sync-panel">
      <SyncStatusBar status={sync.status} onDismissNotice={sync.dismissNotice} onRetry={sync.retryNow} />
      {sync.round && <Countdown round={sync.round} />}
      {sync.review && (
        <>
          <Divider />
          <ReviewComments review={sync.review} selectSection={selectSection} />
        </>
      )}
      {permission && <SubmitButton permission={permission} busy={busy} onClick={sync.submit.start} />}
      <SubmitDialog
        state={sync.submitState}
        onConfirm={sync.submit.confirm}
        onCancel={sync.submit.cancel}
        onFile={sync.submit.provideFile}
        onRetry={sync.submit.retry}
      />
    </div>
  );
}
