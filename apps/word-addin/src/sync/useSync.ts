import type { ApiClient, MinePlanSchema } from '@cds/api';
import {
  createSubmitFlow,
  createSyncEngine,
  openOutbox,
  reviewView,
  submitPermission,
  type Outbox,
  type ServerClock,
  type ReadPlan,
  type SessionUser,
  type SubmitFlow,
  type SubmitState,
  type SyncEngine,
  type SyncStatus,
} from '@cds/plan-sync';
import { detectCapabilities } from '@cds/word-adapter';
import { documentIdentityStore, readDocumentFile, type IdentityStore } from '@cds/word-adapter/sync';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type * as z from 'zod';
import { paneServerClock } from './serverClock.js';

type Mine = z.infer<typeof MinePlanSchema>;
type Unsubscribe = () => unknown;

export interface UseSyncOptions {
  /** The signed-in client (null before sign-in: nothing runs). */
  client: ApiClient | null;
  /** Reads and judges the open document (the pane's validation: `(await validateDocument(…)).analysis`). */
  readPlan: ReadPlan;
  /** Word's change hints (`subscribeChangeHints` of `@cds/word-adapter`); each one restarts the sync's debounce. */
  subscribeChanges?: (onChange: () => void) => Promise<Unsubscribe> | Unsubscribe;
  /** Removes the add-in's marks from the .docx before upload. */
  stripMarks?: (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;
  /** Injected in tests; default: the adapter's getFileAsync reader, custom XML identity part, IndexedDB outbox. */
  getFile?: () => Promise<Uint8Array>;
  identity?: IdentityStore;
  /** Office's platform ('OfficeOnline', 'PC', 'Mac'…); default: the adapter's `detectCapabilities().platform`. The file picker's advice depends on it. */
  platform?: string | null;
  outbox?: () => Outbox;
  debounceMs?: number;
  /** The server's time as the pane knows it (default: the pane's one, shared with the countdown). */
  serverClock?: ServerClock;
}

/** How often the server's time is measured again (a machine's clock drifts, or is set by hand). */
const SERVER_TIME_EVERY_MS = 10 * 60_000;

const idle: SubmitState = { step: 'idle' };
const noStore = { subscribe: () => () => undefined, get: () => null };

/**
 * The sync engine and the submission flow for the pane: started once the user is
 * signed in, stopped on sign-out or unmount. The components below only render what
 * this returns; none of them touches the Word global.
 */
export function useSync(o: UseSyncOptions) {
  // Kept with the client they came from, so a sign-out (client null) shows nothing without an extra render.
  const [signedIn, setSignedIn] = useState<{ client: ApiClient; user: SessionUser } | null>(null);
  const [mineOf, setMineOf] = useState<{ client: ApiClient; mine: Mine | null } | null>(null);
  const user = signedIn && signedIn.client === o.client ? signedIn.user : null;
  const mine = mineOf && mineOf.client === o.client ? mineOf.mine : null;
  const [parts, setParts] = useState<{ client: ApiClient; engine: SyncEngine; flow: SubmitFlow } | null>(null);
  const latest = useRef(o);
  useEffect(() => {
    latest.current = o;
  });

  const refresh = useCallback(async () => {
    const client = o.client;
    if (!client) return;
    const next = await client.mine().catch(() => null);
    setMineOf({ client, mine: next });
  }, [o.client]);

  // The server's time: the countdown and the deadline check count from it, as the receipt's judgement does.
  useEffect(() => {
    const client = o.client;
    if (!client) return;
    const clock = latest.current.serverClock ?? paneServerClock;
    const measure = () => void clock.sample(async () => (await client.health()).time);
    measure();
    const timer = setInterval(measure, SERVER_TIME_EVERY_MS);
    globalThis.addEventListener?.('online', measure);
    return () => {
      clearInterval(timer);
      globalThis.removeEventListener?.('online', measure);
    };
  }, [o.client]);

  useEffect(() => {
    const client = o.client;
    if (!client) return;
    let gone = false;
    void client.me().then(
      (me) => !gone && setSignedIn({ client, user: me }),
      () => undefined,
    );
    void client.mine().then(
      (m) => !gone && setMineOf({ client, mine: m }),
      () => undefined,
    );
    return () => void (gone = true);
  }, [o.client]);

  useEffect(() => {
    const client = o.client;
    if (!client || !user) return;
    let off: Unsubscribe | undefined;
    let gone = false;
    const readPlan: ReadPlan = () => latest.current.readPlan();
    const identity = latest.current.identity ?? documentIdentityStore();
    const outbox = (latest.current.outbox ?? openOutbox)();
    const engine = createSyncEngine({
      client,
      user,
      readPlan,
      identity,
      outbox,
      ...(latest.current.debounceMs ? { debounceMs: latest.current.debounceMs } : {}),
    });
    const flow = createSubmitFlow({
      client,
      user,
      readPlan,
      identity,
      getFile: () => (latest.current.getFile ?? readDocumentFile)(),
      stripMarks: (b) => latest.current.stripMarks?.(b) ?? b,
      clock: latest.current.serverClock ?? paneServerClock,
      platform: latest.current.platform !== undefined ? latest.current.platform : detectCapabilities().platform || null,
    });
    // A receipt (or a refusal such as ALREADY_SUBMITTED) changes the plan's status and review.
    const offFlow = flow.state.subscribe(() => {
      const step = flow.state.get().step;
      if (step === 'receipt' || step === 'failed') void refresh();
    });
    void Promise.resolve().then(() => !gone && setParts({ client, engine, flow }));
    void engine.start();
    const online = () => engine.online();
    globalThis.addEventListener?.('online', online);
    void Promise.resolve(latest.current.subscribeChanges?.(() => engine.changed())).then((f) => (gone ? void f?.() : (off = f)));
    return () => {
      gone = true;
      offFlow();
      globalThis.removeEventListener?.('online', online);
      void off?.();
      engine.stop();
      outbox.close();
    };
  }, [o.client, user, refresh]);

  const live = user && parts?.client === o.client ? parts : null;
  const engine = live?.engine ?? null;
  const flow = live?.flow ?? null;
  const status: SyncStatus | null = useSyncExternalStore(engine?.status.subscribe ?? noStore.subscribe, engine?.status.get ?? noStore.get);
  const submitState: SubmitState = useSyncExternalStore(flow?.state.subscribe ?? noStore.subscribe, flow?.state.get ?? (() => idle)) ?? idle;

  const permission = useMemo(() => (user ? submitPermission(user, mine?.plan?.status ?? null) : null), [user, mine]);
  const review = useMemo(() => (mine ? reviewView(mine) : null), [mine]);

  return {
    user,
    status,
    round: mine?.round ?? null,
    review,
    permission,
    submitState,
    /**
     * The server's time now (the machine's clock corrected by the measured offset): what any
     * deadline judgement in the pane must use, e.g. `deadlineView(sync.round, sync.now())`.
     */
    now: () => (o.serverClock ?? paneServerClock).now(),
    /**
     * The refusal when this document is another agency's plan (the sync engine refused the
     * copy), else null: the pane's check must say this rather than judge the plan with the
     * signed-in agency's catalogue and kind.
     */
    refusal: status?.state === 'refused' ? status.label : null,
    /** Restart the sync's debounce (the pane's own writes: insert, quick fix, adopt). */
    changed: () => engine?.changed(),
    dismissNotice: () => engine?.dismissNotice(),
    retryNow: () => engine?.online(),
    submit: {
      start: () => void flow?.start(),
      confirm: () => void flow?.confirm(),
      cancel: () => flow?.cancel(),
      provideFile: (bytes: Uint8Array, name: string) => void flow?.provideFile(bytes, name),
      retry: () => void flow?.retry(),
    },
    refresh,
  };
}
export type SyncHandle = ReturnType<typeof useSync>;
