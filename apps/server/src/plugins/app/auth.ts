import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { UserRole } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../repositories/ownership.js';

/** The signed-in user, as routes see it. */
export interface AuthUser extends Actor {
  email: string;
  name: string;
  /** The bearer token of this request (to end its session on logout). */
  token: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `authenticate`; routes behind it can rely on it. */
    user: AuthUser | null;
  }
  interface FastifyInstance {
    /** Hook: requires a valid bearer token. */
    authenticate: onRequestAsyncHookHandler;
    /** Hook factory: requires one of the roles (after authenticate). */
    authorize(...roles: UserRole[]): onRequestAsyncHookHandler;
  }
}

/** The signed-in user of a request behind `authenticate`. */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw AppError.of(401, 'UNAUTHENTICATED');
  return request.user;
}

function bearer(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m?.[1] ?? null;
}

/**
 * Bearer-token authentication and role checks, as per-route hooks. Routes run them
 * at onRequest, before the body is parsed or validated: an unauthorised caller
 * learns nothing about the schemas and never gets an upload parsed.
 */
export default fp(
  async (fastify) => {
    fastify.decorateRequest('user', null);

    fastify.decorate('authenticate', async function (request: FastifyRequest, _reply: FastifyReply) {
      const token = bearer(request);
      if (!token) throw AppError.of(401, 'UNAUTHENTICATED');
      const found = await fastify.repos.users.bySessionToken(token, fastify.config.now());
      if (!found) throw AppError.of(401, 'SESSION_EXPIRED');
      request.user = { userId: found.id, role: found.role, agencyId: found.agencyId, email: found.email, name: found.name, token };
    });

    fastify.decorate(
      'authorize',
      (...roles: UserRole[]) =>
        async function (request: FastifyRequest, _reply: FastifyReply) {
          const user = currentUser(request);
          if (!roles.includes(user.role)) {
            throw AppError.of(403, user.role === 'drafter' && roles.includes('submitter') ? 'DRAFTER_CANNOT_SUBMIT' : 'FORBIDDEN');
          }
          if ((user.role === 'drafter' || user.role === 'submitter') && user.agencyId == null) throw AppError.of(403, 'NO_AGENCY');
        },
    );
  },
  { name: 'auth', dependencies: ['repositories'] },
);
