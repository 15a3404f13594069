import type { FastifyInstance } from 'fastify';

/** Every /api/rounds route: any signed-in user (what they see is scoped by their agency). */
export default async function roundsHooks(fastify: FastifyInstance): Promise<void> {
  fastify.addHook('onRequest', fastify.authenticate);
}
