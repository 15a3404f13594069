import { errors, HostError } from '../errors.js';
import { NotImplementedError } from './guard.js';
import type { LoadArg } from './load-spec.js';
import type { ProxyLike } from './client-object.js';
import type { HostState } from './state.js';

/** One queued statement of a batch. */
export interface Op {
  /** Where an error is reported, like office.js's debugInfo.errorLocation ("Paragraph.insertText"). */
  label: string;
  run: () => void;
  /** True for statements that change the document (used for undo checkpoints). */
  mutates?: boolean;
}

/** What a host gives its request contexts. */
export interface ContextHost {
  state: HostState;
  /** Called after each successful round trip: dispatches events collected during it. */
  afterSync(): void;
  /** Builds the `document` proxy for a new context. */
  makeDocument(ctx: HostContext): ProxyLike;
  /** Builds the `application` proxy for a new context. */
  makeApplication(ctx: HostContext): ProxyLike;
}

/**
 * `Word.RequestContext`: queues statements and runs them in order at `sync()`.
 * Each non-empty sync is one round trip, counted in `host.syncCount`.
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 */
export class HostContext {
  _queue: Op[] = [];
  _objects: ProxyLike[] = [];
  /** Deferred writes into proxies, applied only when the whole batch succeeded. */
  _commits: (() => void)[] | undefined;
  _inRun = false;
  private traces: { at: number; message: string }[] = [];
  private doc: ProxyLike | undefined;
  private app: ProxyLike | undefined;

  readonly trackedObjects = {
    add: (objs: ProxyLike | ProxyLike[]) => {
      for (const o of Array.isArray(objs) ? objs : [objs]) o._tracked = true;
    },
    remove: (objs: ProxyLike | ProxyLike[]) => {
      for (const o of Array.isArray(objs) ? objs : [objs]) o._tracked = false;
    },
  };

  constructor(readonly _host: ContextHost) {}

  get document(): ProxyLike {
    this.doc ??= this._host.makeDocument(this);
    return this.doc;
  }

  /** `context.application` (WordApi 1.3). */
  get application(): ProxyLike {
    this.app ??= this._host.makeApplication(this);
    return this.app;
  }

  /** `context.trace(message)`: reported in `error.traceMessages` when a later statement fails. */
  trace(message: string): void {
    this.traces.push({ at: this._queue.length, message });
  }

  /** Legacy `context.load(object, props)`. */
  load(obj: { load(props?: LoadArg): unknown }, props?: LoadArg): void {
    obj.load(props);
  }

  _enqueue(op: Op): void {
    this._queue.push(op);
  }

  /** Runs the queued statements in order; rejects with Word's error at the first failing one. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this._queue;
    const traces = this.traces;
    this._queue = [];
    this.traces = [];
    await Promise.resolve();
    if (ops.length === 0) return passThroughValue as T; // office.js sends nothing for an empty batch
    const state = this._host.state;
    state.syncCount++;
    state.opCount += ops.length;
    if (ops.some((o) => o.mutates)) state.checkpoint();
    this._commits = [];
    try {
      for (let i = 0; i < ops.length; i++) {
        const op = ops[i]!;
        try {
          op.run();
        } catch (e) {
          // The host's own limits are not Word's answer: they reach the test as they are.
          if (e instanceof NotImplementedError) throw e;
          const err = e instanceof HostError ? e.at(op.label) : errors.generalException(String(e)).at(op.label);
          err.traceMessages = traces.filter((t) => t.at <= i).map((t) => t.message);
          throw err;
        }
      }
      for (const c of this._commits) c();
    } finally {
      this._commits = undefined;
      this._host.afterSync();
    }
    return passThroughValue as T;
  }

  /** End of a Word.run batch: untracked objects stop being usable. */
  _release(): void {
    for (const o of this._objects) if (!o._tracked && !o._stable) o._released = true;
    this._objects = this._objects.filter((o) => o._tracked || o._stable);
  }
}
