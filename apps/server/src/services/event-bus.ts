import type { BoardEvent } from '@cds/api';
import type pg from 'pg';
import { CHANNELS, inProcessBridge, postgresBridge, type NotifyBridge } from './notify-bridge.js';

/** Publish/subscribe of board events across every process serving the round. */
export interface EventBus {
  publish(event: BoardEvent): Promise<void>;
  /** Calls `listener` for every event published by any process; returns the unsubscribe. */
  subscribe(listener: (event: BoardEvent) => void): () => void;
  close(): Promise<void>;
}

export const EVENTS_CHANNEL = CHANNELS.events;

/**
 * Board events on a notify bridge. On PostgreSQL, `NOTIFY` reaches every server
 * process that `LISTEN`s, this one included, so an event is delivered to local
 * subscribers only through the database: one path, whether the change landed on this
 * process or another. On PGlite (one process) the bridge is an in-process emitter.
 * Closing the bus does not close the bridge (it is shared with the cache invalidation).
 */
export function bridgeBus(bridge: NotifyBridge): EventBus {
  const stops = new Set<() => void>();
  return {
    async publish(event) {
      await bridge.publish(EVENTS_CHANNEL, JSON.stringify(event));
    },
    subscribe(listener) {
      const stop = bridge.subscribe(EVENTS_CHANNEL, (payload) => {
        let event: BoardEvent;
        try {
          event = JSON.parse(payload) as BoardEvent;
        } catch {
          return; // a payload not written by us: ignored
        }
        listener(event);
      });
      stops.add(stop);
      return () => (stops.delete(stop), stop());
    },
    async close() {
      for (const stop of stops) stop();
      stops.clear();
    },
  };
}

/** The embedded default: one process, so an in-process emitter is the whole bus. */
export function inProcessBus(): EventBus {
  return bridgeBus(inProcessBridge());
}

/** A bus with a bridge of its own on this pool (closed with the bus). */
export async function postgresBus(pool: pg.Pool): Promise<EventBus> {
  const bridge = await postgresBridge(pool);
  const bus = bridgeBus(bridge);
  return {
    ...bus,
    async close() {
      await bus.close();
      await bridge.close();
    },
  };
}
