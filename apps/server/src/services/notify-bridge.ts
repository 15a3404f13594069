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
   * Publishes and resolves once every server process listening on this database (this
   * one included) has received it and run its subscribers, or after `timeoutMs` (a
   * process that died without its connection closing yet). The others say so with an
   * acknowledgement; who they are is read from `pg_stat_activity` (their listening
   * connections are named `cds-listen-<origin>`).
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

/**
 * Every message carries its sender and a sequence number, `c` after it when the sender
 * waits for acknowledgements: `<origin> <seq>[c] <payload>`.
 */
const frame = (origin: string, seq: number, confirm: boolean, payload: string) => `${origin} ${seq}${confirm ? 'c' : ''} ${payload}`;
function unframe(message: string): { origin: string; seq: number; confirm: boolean; payload: string } | null {
  const a = message.indexOf(' ');
  const b = message.indexOf(' ', a + 1);
  if (a <= 0 || b <= a) return null;
  const token = message.slice(a + 1, b);
  const confirm = token.endsWith('c');
  const seq = Number(confirm ? token.slice(0, -1) : token);
  if (!Number.isInteger(seq)) return null;
  return { origin: message.slice(0, a), seq, confirm, payload: message.slice(b + 1) };
}

/** Acknowledgements: `<sender's origin> <seq> <acknowledging origin>`. */
const ACK_CHANNEL = 'cds_ack';
/** The listening connection's `application_name`: how a process finds the others. */
const LISTENER_PREFIX = 'cds-listen-';

/**
 * The pool's settings for the listening connection, without an `application_name` in
 * the URL (pg lets the URL's win over ours, and the name is how processes find each other).
 */
function listenerOptions(options: pg.PoolOptions): pg.ClientConfig {
  if (!options.connectionString) return { ...options };
  try {
    const url = new URL(options.connectionString);
    url.searchParams.delete('application_name');
    return { ...options, connectionString: url.toString() };
  } catch {
    return { ...options };
  }
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
  /** Messages sent with publishAndWait: which processes have not received them yet. */
  const waiting = new Map<number, { missing: Set<string>; done: () => void }>();
  const received = (seq: number, by: string) => {
    const w = waiting.get(seq);
    if (!w) return;
    w.missing.delete(by);
    if (w.missing.size === 0) w.done();
  };
  let seq = 0;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = opts.retryMs ?? 250;

  const onNotification = (msg: pg.Notification) => {
    if (!msg.payload) return;
    if (msg.channel === ACK_CHANNEL) {
      const [target, n, by] = msg.payload.split(' ');
      if (target === origin && by) received(Number(n), by);
      return;
    }
    const m = unframe(msg.payload);
    if (!m) return; // not sent by a server process: ignored
    const own = m.origin === origin;
    try {
      local.emit(msg.channel, m.payload, own);
    } catch {
      // A subscriber's failure is its own: the connection and the acknowledgement go on.
    }
    if (own) received(m.seq, origin);
    else if (m.confirm) {
      // After the subscribers ran: the sender may now answer its client.
      pool.query('select pg_notify($1, $2)', [ACK_CHANNEL, `${m.origin} ${m.seq} ${origin}`]).catch(() => {});
    }
  };

  const gap = () => {
    for (const w of [...waiting.values()]) w.done();
    waiting.clear();
    gaps.emit('gap');
  };

  const listen = async () => {
    const c = new pg.Client({ ...listenerOptions(pool.options), application_name: `${LISTENER_PREFIX}${origin}` });
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
    for (const ch of [...Object.values(CHANNELS), ACK_CHANNEL]) await c.query(`listen ${ch}`);
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

  const message = (payload: string, confirm = false) => {
    const s = ++seq;
    const m = frame(origin, s, confirm, payload);
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
      const { s, m } = message(payload, true);
      if (!client) {
        // Nobody listens here now: sending still reaches the others; there is no echo to wait for.
        await pool.query('select pg_notify($1, $2)', [channel, m]);
        return;
      }
      const { rows } = await pool.query<{ name: string }>(
        `select application_name as name from pg_stat_activity where datname = current_database() and application_name like '${LISTENER_PREFIX}%'`,
      );
      const missing = new Set([origin, ...rows.map((r) => r.name.slice(LISTENER_PREFIX.length))]);
      const heard = new Promise<void>((resolve) => {
        const t = setTimeout(() => (waiting.delete(s), resolve()), timeoutMs);
        t.unref();
        waiting.set(s, { missing, done: () => (clearTimeout(t), waiting.delete(s), resolve()) });
      });
      try {
        await pool.query('select pg_notify($1, $2)', [channel, m]);
      } catch (e) {
        waiting.get(s)?.done();
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
