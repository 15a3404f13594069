import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import * as z from 'zod';

/** Liveness and database reachability. Public. */
const health: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('', {
    schema: {
      tags: ['health'],
      security: [],
      response: { 200: z.object({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']), time: z.string() }) },
    },
    handler: async () => {
      await fastify.db.execute(sql`select 1`);
      return { status: 'ok' as const, engine: fastify.database.engine, time: fastify.config.now().toISOString() };
    },
  });
};
export default health;
