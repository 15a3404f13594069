import type { FastifyInstance } from 'fastify';

/** Every /api/plans route: a signed-in agency user (drafter or submitter) with an agency. */
export default async function plansHooks(fastify: FastifyInstance): Promise<void> {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('onRequest', fastify.authorize('drafter', 'submitter'));
}
