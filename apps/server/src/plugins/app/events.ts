import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { BoardEvent } from '@cds/api';
import { bridgeBus, type EventBus } from '../../services/event-bus.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Board events (a plan synced, submitted, reviewed; an admin change), across processes. */
    events: EventBus;
  }
}

/** Which successful requests change what the board shows, and how to name the change. */
function eventOf(request: FastifyRequest): BoardEvent['kind'] | null {
  const url = request.routeOptions.url ?? '';
  const m = request.method;
  if (m === 'PUT' && url === '/api/plans/mine/draft') return 'sync';
  if (m === 'POST' && url === '/api/plans/mine/submit') return 'submit';
  if (m === 'POST' && url === '/api/mst/plans/:id/review') return 'review';
  if (m !== 'GET' && url.startsWith('/api/admin/') && !url.endsWith('/preview')) return 'admin';
  return null;
}

/**
 * The event bus (on the notify bridge: PostgreSQL LISTEN/NOTIFY, or in-process on PGlite), fed after the
 * response of every request that changes the board, so the routes that make the
 * changes need not know about it.
 */
export default fp(
  async (fastify) => {
    const bus = bridgeBus(fastify.notify);
    fastify.decorate('events', bus);
    fastify.addHook('onResponse', async (request, reply) => {
      if (reply.statusCode !== 200 && reply.statusCode !== 201) return;
      const kind = eventOf(request);
      if (!kind) return;
      const params = request.params as { id?: string } | undefined;
      const event: BoardEvent = {
        kind,
        agencyId: request.user?.agencyId ?? null,
        planId: kind === 'review' && params?.id ? Number(params.id) : null,
        at: new Date().toISOString(),
      };
      await bus.publish(event).catch((err: unknown) => request.log.warn({ err }, 'board event not published'));
    });
    fastify.addHook('onClose', () => bus.close());
  },
  { name: 'events', dependencies: ['db', 'notify'] },
);
