import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { AdminUserSchema, IdParams, PasswordBodySchema, UserBodySchema, UserPatchSchema } from '@cds/api';
import { errors, isoOrNull } from '../../../api/http.js';
import { refusalError } from '../../../api/refusal.js';
import { currentUser } from '../../../plugins/app/auth.js';
import type { PublicUser } from '../../../repositories/users.js';
import type { UserResult } from '../../../services/admin/users.js';

const toAdminUser = (u: PublicUser) => ({ ...u, active: u.disabledAt == null, disabledAt: isoOrNull(u.disabledAt) });
const answer = (r: UserResult) => {
  if (r.kind === 'refused') throw refusalError(r);
  return toAdminUser(r.user);
};

/** Admin: accounts. Agency staff need an agency; MST staff have none. */
const adminUsers: FastifyPluginAsyncZod = async (fastify) => {
  const users = () => fastify.services.adminUsers;

  fastify.get('/users', {
    schema: { tags: ['admin'], response: { 200: z.array(AdminUserSchema), ...errors(401, 403) } },
    handler: async () => (await users().list()).map(toAdminUser),
  });

  fastify.post('/users', {
    schema: { tags: ['admin'], body: UserBodySchema, response: { 201: AdminUserSchema, ...errors(400, 401, 403, 409) } },
    handler: async (request, reply) => reply.code(201).send(answer(await users().create(currentUser(request), request.body))),
  });

  fastify.patch('/users/:id', {
    schema: {
      tags: ['admin'],
      description:
        'Change name, role, agency (same rules as creation) or disable/enable. Disabling, a role or an agency change ends every session of the account. Nobody can disable or demote their own account.',
      params: IdParams,
      body: UserPatchSchema,
      response: { 200: AdminUserSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => answer(await users().update(currentUser(request), request.params.id, request.body)),
  });

  fastify.post('/users/:id/password', {
    schema: {
      tags: ['admin'],
      description: 'Set a new password for the account; every session of it ends.',
      params: IdParams,
      body: PasswordBodySchema,
      response: { 204: z.undefined(), ...errors(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const r = await users().setPassword(currentUser(request), request.params.id, request.body);
      if (r.kind === 'refused') throw refusalError(r);
      return reply.code(204).send();
    },
  });
};
export default adminUsers;
