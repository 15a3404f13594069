import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UserBodySchema } from '../../../api/admin.js';
import { errors, UserSchema } from '../../../api/common.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { recordAudit } from '../../../repositories/audit.js';

const AdminUserSchema = UserSchema.extend({ active: z.boolean() });

/** Admin: accounts. Agency staff need an agency; MST staff have none. */
const adminUsers: FastifyPluginAsyncZod = async (fastify) => {
  const admin = [fastify.authenticate, fastify.authorize('admin')];

  fastify.get('/users', {
    onRequest: admin,
    schema: { tags: ['admin'], response: { 200: z.array(AdminUserSchema), ...errors(401, 403) } },
    handler: async () => fastify.repos.users.list(),
  });

  fastify.post('/users', {
    onRequest: admin,
    schema: { tags: ['admin'], body: UserBodySchema, response: { 201: AdminUserSchema, ...errors(400, 401, 403, 409) } },
    handler: async (request, reply) => {
      const b = request.body;
      const { users, agencies } = fastify.repos;
      const agencyRole = b.role === 'drafter' || b.role === 'submitter';
      if (agencyRole && b.agencyId == null) throw AppError.of(400, 'AGENCY_REQUIRED');
      if (!agencyRole && b.agencyId != null) throw AppError.of(400, 'MST_HAS_NO_AGENCY');
      if (b.agencyId != null && !(await agencies.byId(b.agencyId))) throw AppError.of(400, 'AGENCY_NOT_FOUND');
      if (await users.byEmail(b.email)) throw AppError.of(409, 'EMAIL_TAKEN');
      const passwordHash = await fastify.passwords.hash(b.password);
      const user = await fastify.db.transaction(async (tx) => {
        const u = await users.create({ email: b.email, name: b.name, role: b.role, agencyId: b.agencyId, passwordHash }, tx);
        await recordAudit(tx, { actorId: currentUser(request).userId, action: 'user.created', entity: 'user', entityId: String(u.id), agencyId: u.agencyId, details: { email: u.email, role: u.role } });
        return u;
      });
      return reply.code(201).send((await users.publicById(user.id))!);
    },
  });
};
export default adminUsers;
