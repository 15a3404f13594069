import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { syncMessages, type SubmitState } from '@cds/plan-sync';
import { FilePicker } from './FilePicker.js';
import type { Finding } from '@cds/rules';
import { FindingList } from './FindingList.js';
import { ReceiptCard } from './ReceiptCard.js';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px', maxHeight: '40vh', overflowY: 'auto' },
  item: { overflowWrap: 'anywhere' },
  go: { minWidth: 'auto', paddingInline: tokens.spacingHorizontalXS, marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalXS})` },
});

/** The errors that stop the submission, each with the check panel's "Đi tới" when it has a place (a section or a block). */
function BlockingFindings({ findings, goTo }: { findings: readonly Finding[]; goTo: (f: Finding) => void }) {
  const s = useStyles();
  const ui = syncMessages.ui;
  return (
    <ul className={s.list} data-testid="blocking-findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${f.section}-${f.blockId}-${i}`} className={s.item}>
          <Text size={200}>
            <strong>{f.section ?? ui.wholeDocument}</strong>: {f.message}
          </Text>
          {(f.section || f.blockId) && (
            <div>
              <Button
                size="small"
                appearance="transparent"
                className={s.go}
                onClick={() => goTo(f)}
                aria-label={ui.goToFinding(f.section ?? '')}
                data-testid="finding-go"
              >
                {ui.goTo}
              </Button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

export interface SubmitDialogProps {
  state: SubmitState;
  onConfirm(): void;
  onCancel(): void;
  onFile(bytes: Uint8Array, fileName: string): void;
  onRetry(): void;
  /**
   * Selects a finding's place in Word (the blocked step's "Đi tới"): the pane's own go-to,
   * the one its check panel uses (required, so the dialog can never go elsewhere).
   */
  goTo: (f: Finding) => void;
}

const TITLE: Partial<Record<SubmitState['step'], string>> = {
  blocked: syncMessages.ui.errorsTitle,
  confirm: syncMessages.confirmTitle,
  receipt: syncMessages.receiptTitle,
};

/** What the dialog shows for one step of the flow (rendered apart from the dialog's portal, so it can be tested alone). */
export function SubmitStep({ state, onFile, goTo }: Pick<SubmitDialogProps, 'state' | 'onFile' | 'goTo'>) {
  const ui = syncMessages.ui;
  switch (state.step) {
    case 'checking':
      return <Spinner size="small" label={ui.checking} />;
    case 'reading-file':
      return <Spinner size="small" label={syncMessages.readingFile} />;
    case 'uploading':
      return <Spinner size="small" label={syncMessages.uploading} />;
    case 'blocked':
      return (
        <>
          <MessageBar intent="error">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
          <BlockingFindings findings={state.findings} goTo={goTo} />
        </>
      );
    case 'confirm':
      return (
        <>
          <Text>
            {state.deadline.deadlineText} · {state.deadline.countdown}
          </Text>
          {state.deadline.lateNote && (
            <MessageBar intent="warning">
              <MessageBarBody>{state.deadline.lateNote}</MessageBarBody>
            </MessageBar>
          )}
          <Text>{state.warnings.length ? syncMessages.confirmWarnings(state.warnings.length) : ui.warningsNone}</Text>
          <FindingList findings={state.warnings} testId="confirm-warnings" />
          {state.ignored.length > 0 && <Text>{syncMessages.confirmIgnores(state.ignored.length)}</Text>}
          <FindingList findings={state.ignored} testId="confirm-ignores" />
        </>
      );
    case 'need-file':
      return <FilePicker message={state.message} refusal={state.refusal} onFile={onFile} />;
    case 'failed':
      return (
        <>
          <MessageBar intent="error">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
          <FindingList findings={state.findings} testId="server-findings" />
        </>
      );
    case 'receipt':
      return <ReceiptCard receipt={state.receipt} />;
    default:
      return null;
  }
}

const isBusy = (state: SubmitState) => state.step === 'checking' || state.step === 'reading-file' || state.step === 'uploading';

/** The dialog's buttons for one step: send on the confirmation, retry after a lost connection, cancel or close. */
export function SubmitActions({ state, onConfirm, onCancel, onRetry }: Omit<SubmitDialogProps, 'onFile' | 'goTo'>) {
  const ui = syncMessages.ui;
  return (
    <>
      {state.step === 'confirm' && (
        <Button appearance="primary" onClick={onConfirm} data-testid="confirm-submit">
          {ui.send}
        </Button>
      )}
      {state.step === 'failed' && state.canRetry && (
        <Button appearance="primary" onClick={onRetry}>
          {ui.retry}
        </Button>
      )}
      {!isBusy(state) && <Button onClick={onCancel}>{state.step === 'receipt' || state.step === 'blocked' ? ui.close : ui.cancel}</Button>}
    </>
  );
}

/** The submission's dialog, one body per step of the flow; open from the click until the user closes it. */
export function SubmitDialog(props: SubmitDialogProps) {
  const s = useStyles();
  const { state, onCancel } = props;
  const open = state.step !== 'idle' && state.step !== 'not-allowed';
  const busy = isBusy(state);
  return (
    <Dialog open={open} modalType={busy ? 'alert' : 'modal'} onOpenChange={(_, d) => !d.open && !busy && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{TITLE[state.step] ?? syncMessages.ui.submit}</DialogTitle>
          <DialogContent className={s.content} data-testid="submit-dialog" data-step={state.step}>
            <SubmitStep state={state} onFile={props.onFile} goTo={props.goTo} />
          </DialogContent>
          <DialogActions>
            <SubmitActions state={state} onConfirm={props.onConfirm} onCancel={onCancel} onRetry={props.onRetry} />
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
