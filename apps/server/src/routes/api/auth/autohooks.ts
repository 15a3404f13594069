import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route anyone may call (sign-in); every other route of its prefix needs a session. */
    public?: boolean;
  }
}

/** Every /api/auth route needs a signed-in user, except those marked `config: { public: true }` (login). */
export default async function authHooks(fastify: FastifyInstance): Promise<void> {
  fastify.addHook('onRequest', async function (request, reply) {
    if (request.routeOptions.config.public) return;
    await fastify.authenticate.call(this, request, reply);
  });
}
