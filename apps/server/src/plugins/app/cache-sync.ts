import { sql } from 'drizzle-orm';
import fp from 'fastify-plugin';
import type { DbOrTx } from '../../db/client.js';
import { CHANNELS } from '../../services/notify-bridge.js';
import { TtlCache } from '../../services/ttl-cache.js';

/** What another process must forget: one account's cached sessions, or the current round. */
export type CacheMessage = { t: 'user'; id: number } | { t: 'rounds' };

/**
 * Cross-process invalidation of the per-process caches (a token's user, the current
 * round) on PostgreSQL. Every place that invalidates locally (the repositories'
 * `forgetUser`, `closeSession`, `rounds.invalidate`, `rounds.create`) also notifies the
 * other processes, which drop the same entries. A response that follows a local
 * invalidation is sent only once every listening process has acknowledged it (at most
 * 1 s), so a request the client makes to another process afterwards sees the change.
 * When the listening connection is lost, every cache of the process is dropped.
 * On PGlite (one process) or without caches there is nothing to do.
 */
export default fp(
  async (fastify) => {
    const bridge = fastify.notify;
    if (bridge.kind !== 'postgres' || fastify.config.cacheTtlMs <= 0) return;
    const { users, rounds } = fastify.repos;
    const original = {
      forgetUser: users.forgetUser.bind(users),
      closeSession: users.closeSession.bind(users),
      bySessionToken: users.bySessionToken.bind(users),
      invalidate: rounds.invalidate.bind(rounds),
      create: rounds.create.bind(rounds),
    };

    /** Invalidations this process sent that not every process has acknowledged yet. */
    const pending = new Set<Promise<void>>();
    const send = (m: CacheMessage): Promise<void> => {
      const p = bridge.publishAndWait(CHANNELS.cache, JSON.stringify(m)).catch((err: unknown) => {
        fastify.log.error({ err, message: m }, 'cache invalidation not sent to the other processes');
      });
      pending.add(p);
      void p.finally(() => pending.delete(p));
      return p;
    };

    users.forgetUser = (id) => {
      original.forgetUser(id);
      void send({ t: 'user', id });
    };
    users.closeSession = async (token) => {
      // The token's user, to tell the others whose cached sessions to re-read (the epoch: even an expired one).
      const user = await original.bySessionToken(token, new Date(0));
      await original.closeSession(token);
      if (user) await send({ t: 'user', id: user.id });
    };
    rounds.invalidate = () => {
      original.invalidate();
      void send({ t: 'rounds' });
    };
    rounds.create = async (input, tx?: DbOrTx) => {
      const round = await original.create(input, tx);
      // In the creating transaction: the others hear it at its commit (and the creator too, after commit).
      await bridge.publish(CHANNELS.cache, JSON.stringify({ t: 'rounds' } satisfies CacheMessage), (channel, message) =>
        (tx ?? fastify.db).execute(sql`select pg_notify(${channel}, ${message})`),
      );
      return round;
    };

    bridge.subscribe(CHANNELS.cache, (payload, own) => {
      let m: CacheMessage;
      try {
        m = JSON.parse(payload) as CacheMessage;
      } catch {
        return;
      }
      if (m.t === 'user' && Number.isInteger(m.id)) {
        if (!own) original.forgetUser(m.id);
      } else if (m.t === 'rounds') {
        // Own too: a round created in a transaction is forgotten here again once it committed.
        original.invalidate();
      }
    });
    bridge.onGap(() => TtlCache.clearEverywhere());

    // After the invalidation reached the others, not before: the client may ask another process next.
    fastify.addHook('onSend', async () => {
      if (pending.size > 0) await Promise.all(pending);
    });
  },
  { name: 'cache-sync', dependencies: ['repositories', 'notify'] },
);
