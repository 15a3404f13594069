import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { LoginBodySchema, LoginResponseSchema, UserSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { refusalError } from '../../../api/refusal.js';
import { currentUser } from '../../../plugins/app/auth.js';

/** Log in (bearer token), log out, who am I. */
const auth: FastifyPluginAsyncZod = async (fastify) => {
  const auth = () => fastify.services.auth;

  fastify.post('/login', {
    config: { public: true, rateLimit: { max: fastify.config.loginRateLimit, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], security: [], body: LoginBodySchema, response: { 200: LoginResponseSchema, ...errors(400, 401, 403, 429) } },
    handler: async (request) => {
      const r = await auth().login(request.body.email, request.body.password);
      if (r.kind === 'refused') throw refusalError(r);
      return { token: r.token, expiresAt: r.expiresAt.toISOString(), user: r.user };
    },
  });

  fastify.post('/logout', {
    schema: { tags: ['auth'], response: { 204: z.undefined(), ...errors(401) } },
    handler: async (request, reply) => {
      await auth().logout(currentUser(request).token);
      return reply.code(204).send();
    },
  });

  fastify.get('/me', {
    schema: { tags: ['auth'], response: { 200: UserSchema, ...errors(401) } },
    handler: async (request) => {
      const r = await auth().me(currentUser(request).userId);
      if (r.kind === 'refused') throw refusalError(r);
      return r.user;
    },
  });
};
export default auth;
