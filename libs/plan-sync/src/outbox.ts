import Dexie, { type EntityTable } from 'dexie';
import type { ClientCountsSchema, ClientPlan } from '@cds/api';
import type * as z from 'zod';

/** One revision waiting to reach the server, in the order it was made. */
export interface QueuedRevision {
  /** Auto-increment: the replay order. */
  seq?: number;
  /** Whose queue: the agency (the server keeps one plan per agency and round). */
  scope: string;
  /** Fixed when queued, so a retry after a lost answer replays instead of duplicating. */
  idempotencyKey: string;
  plan: ClientPlan;
  findingsSummary: z.infer<typeof ClientCountsSchema>;
  completeness: number;
  queuedAt: string;
  /**
   * The base revision it was last sent on. A retry must send the same base: the
   * server hashes the request with its key, and the same key with another base is
   * refused (IDEMPOTENCY_KEY_REUSED) instead of replayed.
   */
  sentOn?: number;
}

/** What the engine remembers of a scope between sessions. */
export interface ScopeMeta {
  scope: string;
  revision: number;
  lastSyncedAt: string | null;
  /** Hashes of the parts the server holds for this plan (section-level sync sends only the others). */
  held?: string[] | undefined;
}

type OutboxDb = Dexie & {
  revisions: EntityTable<QueuedRevision, 'seq'>;
  meta: EntityTable<ScopeMeta, 'scope'>;
};

/**
 * The offline queue in IndexedDB (through Dexie): it outlives the pane and Word, so
 * revisions made offline are replayed in order when the connection comes back.
 */
export interface Outbox {
  add(entry: Omit<QueuedRevision, 'seq'>): Promise<number>;
  /** Oldest first. */
  list(scope: string): Promise<QueuedRevision[]>;
  first(scope: string): Promise<QueuedRevision | undefined>;
  /** Removes a sent revision and records the revision the server gave it, in one transaction. */
  sent(seq: number, meta: ScopeMeta): Promise<void>;
  remove(seq: number): Promise<void>;
  /** Records the base a revision is about to be sent on (or re-keys it), before it is sent. */
  update(seq: number, change: Partial<Pick<QueuedRevision, 'sentOn' | 'idempotencyKey'>>): Promise<void>;
  meta(scope: string): Promise<ScopeMeta | undefined>;
  close(): void;
}

export function openOutbox(name = 'cds-plan-sync', indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): Outbox {
  const db = new Dexie(name, indexedDB ? { indexedDB, IDBKeyRange: keyRange! } : undefined) as OutboxDb;
  db.version(1).stores({ revisions: '++seq, scope, [scope+seq]', meta: 'scope' });
  const ofScope = (scope: string) => db.revisions.where('[scope+seq]').between([scope, Dexie.minKey], [scope, Dexie.maxKey]);
  return {
    add: async (entry) => (await db.revisions.add(entry as QueuedRevision)) as number,
    list: (scope) => ofScope(scope).toArray(),
    first: (scope) => ofScope(scope).first(),
    sent: (seq, meta) =>
      db.transaction('rw', db.revisions, db.meta, async () => {
        await db.revisions.delete(seq);
        await db.meta.put(meta);
      }),
    remove: (seq) => db.revisions.delete(seq),
    update: async (seq, change) => void (await db.revisions.update(seq, change)),
    meta: (scope) => db.meta.get(scope),
    close: () => db.close(),
  };
}
