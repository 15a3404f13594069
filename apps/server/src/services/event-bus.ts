import { EventEmitter } from 'node:events';
import type { BoardEvent } from '@cds/api';
import type pg from 'pg';

/** Publish/subscribe of board events across every process serving the round. */
export interface EventBus {
  publish(event: BoardEvent): Promise<void>;
  /** Calls `listener` for every event published by any process; returns the unsubscribe. */
  subscribe(listener: (event: BoardEvent) => void): () => void;
  close(): Promise<void>;
}

export const EVENTS_CHANNEL = 'cds_board_events';

/** The embedded default: one process, so an in-process emitter is the whole bus. */
export function inProcessBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(event) {
      emitter.emit('event', event);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/**
 * PostgreSQL: `NOTIFY` reaches every server process that `LISTEN`s, this one included,
 * so an event is delivered to local subscribers only through the database — one path,
 * whether the sync landed on this process or another. One pooled connection listens.
 */
export async function postgresBus(pool: pg.Pool): Promise<EventBus> {
  const local = inProcessBus();
  const client = await pool.connect();
  // The listening connection is ours alone: an error on it (the server closing it) ends it, not the process.
  client.on('error', () => {});
  client.on('notification', (msg) => {
    if (msg.channel !== EVENTS_CHANNEL || !msg.payload) return;
    try {
      void local.publish(JSON.parse(msg.payload) as BoardEvent);
    } catch {
      /* a payload not written by us: ignored */
    }
  });
  await client.query(`listen ${EVENTS_CHANNEL}`);
  return {
    async publish(event) {
      await pool.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
    },
    subscribe: local.subscribe,
    async close() {
      await local.close();
      // Destroyed, not returned: a connection that listened is not handed to another query.
      client.release(true);
    },
  };
}
