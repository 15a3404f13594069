import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * What every server process must hear at once: a board event, or that a cache entry
 * is stale (a session ended, a user changed, a round edited). On PostgreSQL this is
 * `LISTEN/NOTIFY` on one dedicated connection per process; on the embedded PGlite
 * (one process, by its folder lock) an in-process emitter.
 */
export interface NotifyBridge {
  readonly kind: 'postgres' | 'in-process';
  /**
   * Sends `payload` on `channel` to every process, this one included. With `via` (a
   * transaction's `execute`), it is sent as part of that transaction: delivered at its
   * commit, never if it rolls back.
   */
  publish(channel: Channel, payload: string, via?: Execute): Promise<void>;
  /**
   * Publishes and resolves once this process has heard its own notification back
   * (or after `timeoutMs`): PostgreSQL has then delivered it to every listener.
   */
  publishAndWait(channel: Channel, payload: string, timeoutMs?: number): Promise<void>;
  /** `listener(payload, own)` for every message on `channel`; `own` when this process sent it. Returns the unsubscribe. */
  subscribe(channel: Channel, listener: (payload: string, own: boolean) => void): () => void;
  /**
   * Called when messages may have been missed: the listening connection was lost, and
   * again once it listens anew (what was sent in between never reaches this process).
   */
  onGap(listener: () => void): () => void;
  close(): Promise<void>;
}

/** The channels the server uses (fixed: each is a LISTEN on the one connection). */
export const CHANNELS = { events: 'cds_board_events', cache: 'cds_cache' } as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** A parameterised statement on some connection (drizzle's `sql` wrapped by the caller). */
export type Execute = (channel: string, message: string) => Promise<unknown>;

/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes and more. */
export const MAX_PAYLOAD_BYTES = 7_900;

/** Every message carries its sender and a sequence number: `<origin> <seq> <payload>`. */
const frame = (origin: string, seq: number, payload: string) => `${origin} ${seq} ${payload}`;
function unframe(message: string): { origin: string; seq: number; payload: string } | null {
  const a = message.indexOf(' ');
  const b = message.indexOf(' ', a + 1);
  if (a <= 0 || b <= a) return null;
  return { origin: message.slice(0, a), seq: Number(message.slice(a + 1, b)), payload: message.slice(b + 1) };
}

/** The embedded default: one process, so an emitter is the whole bridge. */
export function inProcessBridge(): NotifyBridge {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    kind: 'in-process',
    async publish(channel, payload) {
      emitter.emit(channel, payload);
    },
    async publishAndWait(channel, payload) {
      emitter.emit(channel, payload);
    },
    subscribe(channel, listener) {
      const l = (payload: string) => listener(payload, true);
      emitter.on(channel, l);
      return () => emitter.off(channel, l);
    },
    onGap: () => () => {},
    async close() {
      emitter.removeAllListeners();
    },
  };
}

export interface PostgresBridgeOptions {
  /** First wait before listening again after the connection is lost; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Told when the listening connection is lost or back (for the log). */
  log?: (state: 'lost' | 'listening', err?: unknown) => void;
}

/**
 * PostgreSQL: one connection of its own (same settings as `pool`, outside it, so it
 * never takes a query's place) LISTENs on every channel; messages are sent through the
 * pool (or a transaction). A lost connection is reopened with backoff, and `onGap`
 * listeners are told both when it goes and when it is back.
 */
export async function postgresBridge(pool: pg.Pool, opts: PostgresBridgeOptions = {}): Promise<NotifyBridge> {
  const origin = randomBytes(6).toString('hex');
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const gaps = new EventEmitter();
  gaps.setMaxListeners(0);
  const waiting = new Map<number, () => void>();
  let seq = 0;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = opts.retryMs ?? 250;

  const onNotification = (msg: pg.Notification) => {
    if (!msg.payload) return;
    const m = unframe(msg.payload);
    if (!m) return; // not sent by a server process: ignored
    const own = m.origin === origin;
    if (own) {
      waiting.get(m.seq)?.();
      waiting.delete(m.seq);
    }
    local.emit(msg.channel, m.payload, own);
  };

  const gap = () => {
    for (const done of waiting.values()) done();
    waiting.clear();
    gaps.emit('gap');
  };

  const listen = async () => {
    const c = new pg.Client({ ...pool.options });
    let lostOnce = false;
    const lost = (err?: unknown) => {
      if (lostOnce) return;
      lostOnce = true;
      c.removeAllListeners('notification');
      void c.end().catch(() => {});
      if (client === c) client = null;
      if (closed) return;
      opts.log?.('lost', err);
      gap();
      schedule();
    };
    c.on('error', lost);
    c.on('end', () => lost());
    c.on('notification', onNotification);
    await c.connect();
    for (const ch of Object.values(CHANNELS)) await c.query(`listen ${ch}`);
    client = c;
    return c;
  };

  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      listen().then(
        () => {
          delay = opts.retryMs ?? 250;
          opts.log?.('listening');
          gap(); // what was sent while nobody listened is lost: caches start over
        },
        (err: unknown) => {
          opts.log?.('lost', err);
          delay = Math.min(delay * 2, opts.maxRetryMs ?? 5_000);
          schedule();
        },
      );
    }, delay);
    retry.unref();
  };

  await listen();

  const message = (payload: string) => {
    const s = ++seq;
    const m = frame(origin, s, payload);
    if (Buffer.byteLength(m) > MAX_PAYLOAD_BYTES) throw new Error(`notification too large (${Buffer.byteLength(m)} bytes)`);
    return { s, m };
  };

  return {
    kind: 'postgres',
    async publish(channel, payload, via) {
      const { m } = message(payload);
      if (via) await via(channel, m);
      else await pool.query('select pg_notify($1, $2)', [channel, m]);
    },
    async publishAndWait(channel, payload, timeoutMs = 1_000) {
      const { s, m } = message(payload);
      if (!client) {
        // Nobody listens here now: sending still reaches the others; there is no echo to wait for.
        await pool.query('select pg_notify($1, $2)', [channel, m]);
        return;
      }
      const heard = new Promise<void>((resolve) => {
        const t = setTimeout(() => (waiting.delete(s), resolve()), timeoutMs);
        t.unref();
        waiting.set(s, () => (clearTimeout(t), resolve()));
      });
      try {
        await pool.query('select pg_notify($1, $2)', [channel, m]);
      } catch (e) {
        waiting.get(s)?.();
        waiting.delete(s);
        throw e;
      }
      await heard;
    },
    subscribe(channel, listener) {
      local.on(channel, listener);
      return () => local.off(channel, listener);
    },
    onGap(listener) {
      gaps.on('gap', listener);
      return () => gaps.off('gap', listener);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      gap();
      local.removeAllListeners();
      gaps.removeAllListeners();
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
