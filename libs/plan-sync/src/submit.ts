import { isApiError } from '@cds/api';
import type { Finding } from '@cds/rules';
import type { IdentityStore } from '@cds/word-adapter/sync';
import { randomKey, systemClock, type Clock, type PlanReading, type ReadPlan, type SessionUser, type SyncClient } from './deps.js';
import { deadlineView, type DeadlineView } from './deadline.js';
import { pickedFileProblem } from './file-identity.js';
import { identityProblem } from './identity-check.js';
import { syncMessages as m } from './messages.vi.js';
import { receiptView, type ReceiptView } from './receipt.js';
import { submitPermission } from './roles.js';
import { sha256Hex } from './sha256.js';
import { createStore, type Store } from './store.js';

/** Where the one-click submission is, for the pane's button, dialog and receipt. */
export type SubmitState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'not-allowed'; reason: string }
  /** Error findings: nothing is sent until they are fixed. */
  | { step: 'blocked'; message: string; findings: Finding[] }
  /** The confirmation: what MST will see besides the plan. */
  | { step: 'confirm'; warnings: Finding[]; ignored: Finding[]; deadline: DeadlineView }
  | { step: 'reading-file' }
  /** Word would not give the file: the user picks the saved .docx (`refusal` when a picked file was refused). */
  | { step: 'need-file'; message: string; refusal: string | null }
  | { step: 'uploading' }
  | { step: 'receipt'; receipt: ReceiptView }
  /** The server refused or could not be reached; `retry()` sends the same bytes with the same key. */
  | { step: 'failed'; message: string; findings: Finding[]; canRetry: boolean };

export interface SubmitFlowOptions {
  client: SyncClient;
  user: SessionUser;
  readPlan: ReadPlan;
  identity: IdentityStore;
  /** The open document's .docx bytes (`readDocumentFile` from `@cds/word-adapter/sync`). */
  getFile: () => Promise<Uint8Array>;
  /** Removes what the add-in marked in the file (highlights…); identity by default. */
  stripMarks?: (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;
  fileName?: string;
  /** Office's platform (`Office.context.diagnostics.platform`: 'OfficeOnline', 'PC', 'Mac'…): the file picker's advice depends on it. */
  platform?: string | null;
  clock?: Clock;
  newKey?: () => string;
}

export interface SubmitFlow {
  readonly state: Store<SubmitState>;
  /** The click: role, full validation, the round's deadline; ends at `confirm`, or says why not. */
  start(): Promise<void>;
  /** The user confirmed: read the file from Word (or ask for it), strip, upload, receipt. */
  confirm(): Promise<void>;
  /** The file the user picked in the fallback; checked to be the same plan before it is sent. */
  provideFile(bytes: Uint8Array, fileName: string): Promise<void>;
  retry(): Promise<void>;
  cancel(): void;
}

/**
 * The one-click submission: validation first (errors stop it), a confirmation that
 * lists the warnings and the ignores MST will see, the .docx from Word in slices (or
 * the saved file the user picks when Word will not give it), the add-in's marks
 * stripped, the upload with the extracted data and one idempotency key per confirmed
 * submission (a retry cannot make two), and the receipt checked against the bytes sent.
 */
export function createSubmitFlow(o: SubmitFlowOptions): SubmitFlow {
  const clock = o.clock ?? systemClock;
  const state = createStore<SubmitState>({ step: 'idle' });
  let reading: PlanReading | null = null;
  let key: string | null = null;
  let last: { bytes: Uint8Array; fileName: string } | null = null;
  const set = (s: SubmitState) => state.set(s);
  const defaultName = () => o.fileName ?? `KeHoach-CDS-${o.user.agency?.code ?? ''}.docx`;

  async function upload(bytes: Uint8Array, fileName: string): Promise<void> {
    set({ step: 'uploading' });
    last = { bytes, fileName };
    try {
      const stripped = o.stripMarks ? await o.stripMarks(bytes) : bytes;
      const sent = await sha256Hex(stripped);
      key ??= (o.newKey ?? randomKey)();
      const receipt = await o.client.submit({
        file: new Blob([stripped as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
        fileName,
        plan: reading!.plan,
        idempotencyKey: key,
      });
      key = null;
      set({ step: 'receipt', receipt: receiptView(receipt, sent) });
    } catch (e) {
      if (!isApiError(e)) throw e;
      const findings = Array.isArray(e.details.findings) ? (e.details.findings as Finding[]) : [];
      // A lost connection or a server failure may be retried with the same key; a refusal needs a new attempt.
      const canRetry = e.status === 0 || e.status >= 500;
      if (!canRetry) key = null;
      set({ step: 'failed', message: m.submitFailed(e.message), findings, canRetry });
    }
  }

  return {
    state,
    async start() {
      set({ step: 'checking' });
      try {
        const mine = await o.client.mine();
        const permission = submitPermission(o.user, mine.plan?.status ?? null);
        if (!permission.allowed) return set({ step: 'not-allowed', reason: permission.reason });
        const problem = identityProblem(await o.identity.read(), o.user);
        if (problem) return set({ step: 'not-allowed', reason: problem });
        const deadline = deadlineView(mine.round, clock.now());
        if (deadline.passed && !deadline.acceptsLate) return set({ step: 'not-allowed', reason: m.lateRefused });
        reading = await o.readPlan();
        const active = reading.findings.filter((f) => !f.ignored);
        const errors = active.filter((f) => f.severity === 'error');
        if (errors.length) return set({ step: 'blocked', message: m.hasErrors(errors.length), findings: errors });
        set({ step: 'confirm', warnings: active.filter((f) => f.severity === 'warning'), ignored: reading.findings.filter((f) => f.ignored), deadline });
      } catch (e) {
        if (!isApiError(e)) throw e;
        set({ step: 'failed', message: m.submitFailed(e.message), findings: [], canRetry: false });
      }
    },
    async confirm() {
      if (state.get().step !== 'confirm') return;
      set({ step: 'reading-file' });
      let bytes: Uint8Array;
      try {
        bytes = await o.getFile();
      } catch (e) {
        return set({ step: 'need-file', message: m.getFileFailed(e instanceof Error ? e.message : String(e), o.platform), refusal: null });
      }
      await upload(bytes, defaultName());
    },
    async provideFile(bytes, fileName) {
      const current = state.get();
      if (current.step !== 'need-file') return;
      const identity = await o.identity.read();
      const refusal = identity ? pickedFileProblem(bytes, identity) : m.noIdentityYet;
      if (refusal) return set({ ...current, refusal });
      await upload(bytes, fileName);
    },
    async retry() {
      const s = state.get();
      if (s.step === 'failed' && s.canRetry && last) await upload(last.bytes, last.fileName);
    },
    cancel() {
      reading = null;
      key = null;
      last = null;
      set({ step: 'idle' });
    },
  };
}
