import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { errors } from '../../../api/http.js';

/** A comment line every so often, so proxies do not close an idle stream. */
const HEARTBEAT_MS = 25_000;

/**
 * GET /api/mst/events: the board's live updates as server-sent events, one `data:`
 * line of JSON (BoardEvent) per change. Authenticated like every MST route (the
 * dashboard reads it with fetch, so the token travels in the header, not the URL).
 */
const events: FastifyPluginAsyncZod = async (fastify) => {
  const open = new Set<() => void>();
  // Streams never end by themselves: close them before the server waits for its connections.
  fastify.addHook('preClose', async () => {
    for (const end of open) end();
  });
  fastify.get('/events', {
    onRequest: [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')],
    schema: {
      tags: ['mst'],
      response: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: z.string() } } }, ...errors(401, 403) },
    },
    handler: async (request, reply) => {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(': ok\n\n');
      const unsubscribe = fastify.events.subscribe((event) => res.write(`event: board\ndata: ${JSON.stringify(event)}\n\n`));
      const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      const end = () => {
        clearInterval(beat);
        unsubscribe();
        open.delete(end);
        if (!res.writableEnded) res.end();
      };
      open.add(end);
      request.raw.once('close', end);
    },
  });
};
export default events;
