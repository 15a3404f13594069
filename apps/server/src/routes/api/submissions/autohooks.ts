import type { FastifyInstance } from 'fastify';

/** Every /api/submissions route: any signed-in user (what they see is scoped by their agency). */
export default async function submissionsHooks(fastify: FastifyInstance): Promise<void> {
  fastify.addHook('onRequest', fastify.authenticate);
}
