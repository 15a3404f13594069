import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { LoginBodySchema, LoginResponseSchema } from '@cds/api';
import { UserSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';

/** Log in (bearer token), log out, who am I. */
const auth: FastifyPluginAsyncZod = async (fastify) => {
  // Verifying against a dummy hash when the e-mail is unknown keeps timing uniform.
  const dummyHash = await fastify.passwords.hash('khong-co-tai-khoan-nay');

  fastify.post('/login', {
    config: { rateLimit: { max: fastify.config.loginRateLimit, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], security: [], body: LoginBodySchema, response: { 200: LoginResponseSchema, ...errors(400, 401, 403, 429) } },
    handler: async (request) => {
      const { users } = fastify.repos;
      const found = await users.byEmail(request.body.email);
      const ok = await fastify.passwords.verify(found?.passwordHash ?? dummyHash, request.body.password);
      if (!found || !ok) throw AppError.of(401, 'INVALID_CREDENTIALS');
      // Told only to whoever knows the password: a disabled account learns why it cannot sign in.
      if (found.disabledAt) throw AppError.of(403, 'ACCOUNT_DISABLED');
      const expiresAt = new Date(fastify.config.now().getTime() + fastify.config.sessionTtlMs);
      const token = await users.openSession(found.id, expiresAt);
      const user = (await users.publicById(found.id))!;
      return { token, expiresAt: expiresAt.toISOString(), user };
    },
  });

  fastify.post('/logout', {
    onRequest: [fastify.authenticate],
    schema: { tags: ['auth'], response: { 204: z.undefined(), ...errors(401) } },
    handler: async (request, reply) => {
      await fastify.repos.users.closeSession(currentUser(request).token);
      return reply.code(204).send();
    },
  });

  fastify.get('/me', {
    onRequest: [fastify.authenticate],
    schema: { tags: ['auth'], response: { 200: UserSchema, ...errors(401) } },
    handler: async (request) => {
      const user = await fastify.repos.users.publicById(currentUser(request).userId);
      if (!user) throw AppError.of(401, 'SESSION_EXPIRED');
      return user;
    },
  });
};
export default auth;
