import { isApiError, type DraftBody, type DraftResponseSchema, type SectionedDraftBody } from '@cds/api';
import { splitPlan } from '@cds/plan';
import type { IdentityStore, PlanIdentity } from '@cds/word-adapter/sync';
import type * as z from 'zod';
import { randomKey, systemClock, type Clock, type ReadPlan, type SessionUser, type SyncClient } from './deps.js';
import { identityProblem } from './identity-check.js';
import { syncMessages as m } from './messages.vi.js';
import type { Outbox, QueuedRevision } from './outbox.js';
import { rebaseNotice, type StaleCurrent } from './rebase.js';
import { labelOf, type SyncState, type SyncStatus } from './status.js';
import { createStore, type Store } from './store.js';

export interface SyncEngineOptions {
  client: SyncClient;
  user: SessionUser;
  readPlan: ReadPlan;
  identity: IdentityStore;
  outbox: Outbox;
  clock?: Clock;
  /** Quiet time after the last edit before the document is read and sent. */
  debounceMs?: number;
  /** First retry delay after a lost connection; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  newKey?: () => string;
}

export interface SyncEngine {
  readonly status: Store<SyncStatus>;
  /** Reads the document's identity, refuses a foreign copy, replays what is queued. */
  start(): Promise<void>;
  /** An edit happened (a Word event, or the pane's own write): read and send once edits settle. */
  changed(): void;
  /** Read and send now, skipping the debounce; resolves when the queue is empty or cannot drain. */
  flush(): Promise<void>;
  /** The connection is back (the browser's `online` event): replay the queue now. */
  online(): void;
  dismissNotice(): void;
  /** The identity read at start (null for a document never synced). */
  identity(): PlanIdentity | null;
  /** Resolves when no read or request is under way. */
  idle(): Promise<void>;
  stop(): void;
}

type DraftResponse = z.infer<typeof DraftResponseSchema>;
const MAX_REBASES = 3;

/**
 * The live sync: edits are debounced into revisions, each revision is queued in
 * IndexedDB before it is sent (so nothing is lost offline or when Word closes), and
 * the queue drains in order with at most one request in flight. A 409 STALE_REVISION
 * is resolved by rebasing: the open document is the truth, so its revision is sent
 * again on the server's revision, with the same idempotency key, and the user is told.
 */
export function createSyncEngine(o: SyncEngineOptions): SyncEngine {
  const clock = o.clock ?? systemClock;
  const debounceMs = o.debounceMs ?? 1500;
  const newKey = o.newKey ?? randomKey;
  const scope = `agency:${o.user.agency?.id ?? 'none'}`;

  let identity: PlanIdentity | null = null;
  let base = 0;
  let lastSyncedAt: string | null = null;
  let queued = 0;
  let dirty = false;
  let fingerprint: string | null = null;
  let state: SyncState = 'starting';
  let message: string | null = null;
  let notice: string | null = null;
  let debounce: unknown = null;
  let retry: unknown = null;
  let retryDelay = o.retryMs ?? 5_000;
  /**
   * Hashes of the parts the server holds for this plan: a sync sends every hash and
   * only the bodies not in here. Parts are never deleted while the plan exists, so the
   * set only grows; a wrong guess costs one 409 SECTIONS_MISSING and a whole-plan send.
   */
  let held = new Set<string>();
  /** The queue's head is sent whole once (after SECTIONS_MISSING), then sectioned again. */
  let wholeOnce = false;
  let stopped = false;
  let blocked = false; // refused or locked: nothing is sent until a restart
  let work: Promise<void> = Promise.resolve();

  const status = createStore<SyncStatus>(snapshot());
  function snapshot(): SyncStatus {
    const s = { state, pending: queued + (dirty ? 1 : 0), revision: base, lastSyncedAt, notice };
    return { ...s, label: labelOf(s, message) };
  }
  const publish = (next?: SyncState, msg: string | null = null) => {
    if (next) {
      state = next;
      message = msg;
    }
    status.set(snapshot());
  };
  const settledState = (): SyncState => (queued + (dirty ? 1 : 0) > 0 ? 'pending' : 'synced');

  /** Serialises reads and sends: one at a time, in call order. */
  const serial = (job: () => Promise<void>) =>
    (work = work.then(job).catch((e: unknown) => publish('error', m.refusedRevision(e instanceof Error ? e.message : String(e)))));

  async function capture(): Promise<void> {
    if (blocked || stopped) return;
    dirty = false;
    const reading = await o.readPlan();
    const entry = { plan: reading.plan, findingsSummary: reading.counts, completeness: reading.completeness };
    const f = JSON.stringify(entry);
    if (f === fingerprint) return publish(state === 'offline' ? 'offline' : settledState()); // nothing changed since the last revision
    fingerprint = f;
    await o.outbox.add({ scope, idempotencyKey: newKey(), ...entry, queuedAt: clock.now().toISOString() });
    queued++;
    publish(state === 'offline' ? 'offline' : 'pending');
  }

  async function drain(): Promise<void> {
    if (blocked || stopped) return;
    let rebases = 0;
    for (let head = await o.outbox.first(scope); head && !stopped; head = await o.outbox.first(scope)) {
      publish('syncing');
      if (head.sentOn === undefined) {
        head.sentOn = base;
        await o.outbox.update(head.seq!, { sentOn: base });
      }
      let answer: DraftResponse;
      try {
        answer = await send(head);
      } catch (e) {
        if (!isApiError(e)) throw e;
        if (e.status === 0 || e.status >= 500) return goOffline();
        if (e.code === 'STALE_REVISION' && rebases < MAX_REBASES) {
          rebases++;
          base = Number(e.details.currentRevision ?? 0);
          await o.outbox.update(head.seq!, { sentOn: base });
          const current = e.details.current as StaleCurrent | null;
          notice = rebaseNotice(current, base, head.plan, base + 1);
          if (current?.plan) for (const h of splitPlan(current.plan).texts.keys()) held.add(h);
          continue; // the same revision, on the server's
        }
        if (e.code === 'SECTIONS_MISSING' && !wholeOnce) {
          // The server lacks a part this copy thought it held (another copy synced, a lost answer): send the whole plan.
          held = new Set();
          wholeOnce = true;
          continue;
        }
        if ((e.code as string) === 'IDEMPOTENCY_KEY_REUSED' && rebases < MAX_REBASES) {
          // Its key went through on another base (a rebase whose answer was lost): it is a new request now.
          rebases++;
          await o.outbox.update(head.seq!, { idempotencyKey: newKey(), sentOn: base });
          continue;
        }
        if (e.code === 'PLAN_LOCKED') return block('locked', m.locked);
        if (e.status === 401) return publish('error', m.sessionExpired);
        // The server will never take this revision (validation): drop it, say why; the next edit sends the document again.
        await o.outbox.remove(head.seq!);
        queued = Math.max(0, queued - 1);
        fingerprint = null;
        return publish('error', m.refusedRevision(e.message));
      }
      rebases = 0;
      wholeOnce = false;
      base = Math.max(base, answer.revision.number);
      lastSyncedAt = answer.plan.lastSyncedAt ?? clock.now().toISOString();
      for (const h of splitPlan(head.plan).texts.keys()) held.add(h);
      await o.outbox.sent(head.seq!, { scope, revision: base, lastSyncedAt, held: [...held] });
      queued = Math.max(0, queued - 1);
      await stamp(answer);
      retryDelay = o.retryMs ?? 5_000;
    }
    publish(settledState());
  }

  /**
   * The revision as its sections: every part's hash, and the bodies the server does not
   * hold (the whole plan once after SECTIONS_MISSING). Both forms hash alike on the
   * server, so a retry that switches form still replays.
   */
  function send(head: QueuedRevision): Promise<DraftResponse> {
    const common = {
      baseRevision: head.sentOn ?? base,
      idempotencyKey: head.idempotencyKey,
      findingsSummary: head.findingsSummary,
      completeness: head.completeness,
    };
    if (wholeOnce) return o.client.syncDraft({ body: { ...common, plan: head.plan } satisfies DraftBody });
    const split = splitPlan(head.plan);
    const bodies = [...split.bodies].filter(([h]) => !held.has(h)).map(([, b]) => b);
    const body: SectionedDraftBody = { ...common, sections: split.list, parts: { rest: held.has(split.list.rest) ? undefined : split.rest, bodies } };
    return o.client.syncDraft({ body });
  }

  /** Writes the identity into the document (first sync) or its new revision. */
  async function stamp(answer: DraftResponse): Promise<void> {
    const agency = o.user.agency!;
    identity = {
      planId: answer.plan.id,
      roundId: answer.plan.roundId,
      agencyId: agency.id,
      agencyCode: agency.code,
      agencyName: agency.name,
      lastSyncedRevision: base,
    };
    await o.identity.write(identity).catch(() => undefined); // the document may be read-only; the next sync writes again
  }

  function goOffline(): void {
    publish('offline');
    if (retry !== null) clock.clearTimeout(retry);
    retry = clock.setTimeout(() => {
      retry = null;
      void serial(drain);
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, o.maxRetryMs ?? 60_000);
  }

  function block(next: 'refused' | 'locked', msg: string): void {
    blocked = true;
    publish(next, msg);
  }

  const settle = () =>
    serial(async () => {
      await capture();
      await drain();
    });

  return {
    status,
    start: () =>
      serial(async () => {
        identity = await o.identity.read();
        const problem = identityProblem(identity, o.user);
        if (problem) return block('refused', problem);
        const meta = await o.outbox.meta(scope);
        // The copy's own base: an older copy must meet the 409 and be told, not overwrite silently.
        base = identity?.lastSyncedRevision ?? meta?.revision ?? 0;
        lastSyncedAt = meta?.lastSyncedAt ?? null;
        held = new Set(meta?.held ?? []);
        queued = (await o.outbox.list(scope)).length;
        publish(settledState());
        await drain();
      }),
    changed() {
      if (blocked || stopped) return;
      dirty = true;
      if (state !== 'syncing' && state !== 'offline') publish('pending');
      else publish();
      if (debounce !== null) clock.clearTimeout(debounce);
      debounce = clock.setTimeout(() => {
        debounce = null;
        void settle();
      }, debounceMs);
    },
    flush() {
      if (debounce !== null) clock.clearTimeout(debounce);
      debounce = null;
      return settle();
    },
    online() {
      if (retry !== null) clock.clearTimeout(retry);
      retry = null;
      retryDelay = o.retryMs ?? 5_000;
      void serial(drain);
    },
    dismissNotice() {
      notice = null;
      publish();
    },
    identity: () => identity,
    idle: () => work,
    stop() {
      stopped = true;
      if (debounce !== null) clock.clearTimeout(debounce);
      if (retry !== null) clock.clearTimeout(retry);
    },
  };
}
