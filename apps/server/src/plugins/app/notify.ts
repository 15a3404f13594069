import fp from 'fastify-plugin';
import type pg from 'pg';
import { inProcessBridge, postgresBridge, type NotifyBridge } from '../../services/notify-bridge.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Messages to every server process on this database (LISTEN/NOTIFY; in-process on PGlite). */
    notify: NotifyBridge;
  }
}

/**
 * The notify bridge of this process: on PostgreSQL one dedicated LISTEN connection,
 * shared by the board events and the cache invalidation; on PGlite an emitter.
 */
export default fp(
  async (fastify) => {
    const bridge =
      fastify.database.engine === 'postgres'
        ? await postgresBridge((fastify.db as unknown as { $client: pg.Pool }).$client, {
            log: (state, err) =>
              state === 'lost'
                ? fastify.log.warn({ err }, 'notify bridge: lost the LISTEN connection; caches dropped, listening again')
                : fastify.log.info('notify bridge: listening again'),
          })
        : inProcessBridge();
    fastify.decorate('notify', bridge);
    fastify.addHook('onClose', () => bridge.close());
  },
  { name: 'notify', dependencies: ['db'] },
);
