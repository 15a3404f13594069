import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { deadlineView } from '@cds/plan-sync';
import { useId, useState } from 'react';
import { t } from '../strings.vi.js';
import { Countdown } from './Countdown.js';
import { ReviewComments } from './ReviewComments.js';
import { SubmitButton } from './SubmitButton.js';
import { SubmitDialog } from './SubmitDialog.js';
import { SyncStatusBar } from './SyncStatusBar.js';
import type { SyncHandle } from './useSync.js';
import type { Finding } from '@cds/rules';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // The class sets display: the hidden attribute must still win when the region is folded.
    '&[hidden]': { display: 'none' },
  },
  reason: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  toggle: { minWidth: 'auto', flexShrink: 0 },
});

/**
 * Sync and submission in a compact block above the tabs, so the pane's main content
 * starts high in a 320-px pane: one status line (state, "quá hạn" when the deadline
 * has passed, the submit button, a details toggle) and, on demand, a region with the
 * deadline, why the submit button is off, and MST's comments on a returned plan (open
 * by default when there are comments). Renders nothing before sign-in. `goTo` is the
 * pane's own go-to (the check panel's), used by the submission's "Đi tới".
 */
export function SyncPanel({ sync, selectSection, goTo }: { sync: SyncHandle; selectSection(id: string): void; goTo(f: Finding): void }) {
  const s = useStyles();
  const regionId = useId();
  const reasonId = useId();
  // null until the user toggles: then the user's choice, never overridden.
  const [open, setOpen] = useState<boolean | null>(null);
  if (!sync.status) return null;
  const busy = sync.submitState.step !== 'idle' && sync.submitState.step !== 'not-allowed';
  const permission = sync.submitState.step === 'not-allowed' ? { allowed: false as const, reason: sync.submitState.reason } : sync.permission;
  const reason = permission && !permission.allowed ? permission.reason : null;
  const passed = sync.round ? deadlineView(sync.round, sync.now()).passed : false;
  const comments = sync.review?.comments.length ?? 0;
  const shown = open ?? !!sync.review;
  const hasDetails = !!sync.round || !!reason || !!sync.review;
  return (
    <div className={s.root} data-testid="sync-panel">
      <SyncStatusBar status={sync.status} onDismissNotice={sync.dismissNotice} onRetry={sync.retryNow}>
        {passed && (
          <Badge size="small" appearance="tint" color="warning" data-testid="deadline-passed">
            {t.sync.late}
          </Badge>
        )}
        {permission && <SubmitButton compact permission={permission} busy={busy} onClick={sync.submit.start} reasonId={reasonId} />}
        {hasDetails && (
          <Button
            size="small"
            appearance="subtle"
            className={s.toggle}
            icon={shown ? <ChevronUpRegular /> : <ChevronDownRegular />}
            aria-expanded={shown}
            aria-controls={regionId}
            aria-label={t.sync.details}
            title={t.sync.details}
            onClick={() => setOpen(!shown)}
            data-testid="sync-details-toggle"
          >
            {comments > 0 && (
              <Badge size="small" color="warning" aria-hidden>
                {comments}
              </Badge>
            )}
          </Button>
        )}
      </SyncStatusBar>
      {/* Always in the DOM (hidden when folded) so the submit button's description resolves. */}
      <section id={regionId} className={s.details} aria-label={t.sync.details} hidden={!shown || !hasDetails} data-testid="sync-details">
        {sync.round && <Countdown round={sync.round} />}
        {reason && (
          <span id={reasonId} className={s.reason} data-testid="submit-reason">
            {reason}
          </span>
        )}
        {sync.review && <ReviewComments review={sync.review} selectSection={selectSection} />}
      </section>
      <SubmitDialog
        state={sync.submitState}
        onConfirm={sync.submit.confirm}
        onCancel={sync.submit.cancel}
        onFile={sync.submit.provideFile}
        onRetry={sync.submit.retry}
        goTo={goTo}
      />
    </div>
  );
}
