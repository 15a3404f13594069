import type { FastifyInstance } from 'fastify';

/** Every /api/admin route: a signed-in administrator. */
export default async function adminHooks(fastify: FastifyInstance): Promise<void> {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('onRequest', fastify.authorize('admin'));
}
