import type { FastifyInstance } from 'fastify';

/** Every /api/diagnostics route: any signed-in user (what they see is scoped by their agency). */
export default async function diagnosticsHooks(fastify: FastifyInstance): Promise<void> {
  fastify.addHook('onRequest', fastify.authenticate);
}
