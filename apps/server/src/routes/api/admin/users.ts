import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { AdminUserSchema, PasswordBodySchema, UserBodySchema, UserPatchSchema } from '@cds/api';
import { changedFields } from '../../../services/changed-fields.js';
import { IdParams } from '@cds/api';
import { errors, isoOrNull } from '../../../api/http.js';
import type { DbOrTx } from '../../../db/client.js';
import type { UserRole } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { isUniqueViolation } from '../../../db/errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { recordAudit } from '../../../repositories/audit.js';
import type { PublicUser, UserChanges } from '../../../repositories/users.js';

const toAdminUser = (u: PublicUser) => ({ ...u, active: u.disabledAt == null, disabledAt: isoOrNull(u.disabledAt) });

const isAgencyRole = (role: UserRole) => role === 'drafter' || role === 'submitter';

/** Admin: accounts. Agency staff need an agency; MST staff have none. */
const adminUsers: FastifyPluginAsyncZod = async (fastify) => {
  const admin = [fastify.authenticate, fastify.authorize('admin')];

  /** The same role/agency rules for creating and editing an account. */
  async function checkRoleAgency(role: UserRole, agencyId: number | null, tx?: DbOrTx): Promise<void> {
    if (isAgencyRole(role) && agencyId == null) throw AppError.of(400, 'AGENCY_REQUIRED');
    if (!isAgencyRole(role) && agencyId != null) throw AppError.of(400, 'MST_HAS_NO_AGENCY');
    if (agencyId != null && !(await fastify.repos.agencies.byId(agencyId, tx))) throw AppError.of(400, 'AGENCY_NOT_FOUND');
  }

  fastify.get('/users', {
    onRequest: admin,
    schema: { tags: ['admin'], response: { 200: z.array(AdminUserSchema), ...errors(401, 403) } },
    handler: async () => (await fastify.repos.users.list()).map(toAdminUser),
  });

  fastify.post('/users', {
    onRequest: admin,
    schema: { tags: ['admin'], body: UserBodySchema, response: { 201: AdminUserSchema, ...errors(400, 401, 403, 409) } },
    handler: async (request, reply) => {
      const b = request.body;
      const { users } = fastify.repos;
      await checkRoleAgency(b.role, b.agencyId);
      if (await users.byEmail(b.email)) throw AppError.of(409, 'EMAIL_TAKEN');
      const passwordHash = await fastify.passwords.hash(b.password);
      const user = await fastify.db
        .transaction(async (tx) => {
          const u = await users.create({ email: b.email, name: b.name, role: b.role, agencyId: b.agencyId, passwordHash }, tx);
          await recordAudit(tx, { actorId: currentUser(request).userId, action: 'user.created', entity: 'user', entityId: String(u.id), agencyId: u.agencyId, details: { email: u.email, role: u.role } });
          return u;
        })
        .catch((e: unknown) => {
          // Two admins creating one e-mail at once: both passed the check above.
          throw isUniqueViolation(e, 'users_email_unique') ? AppError.of(409, 'EMAIL_TAKEN') : e;
        });
      return reply.code(201).send(toAdminUser((await users.publicById(user.id))!));
    },
  });

  fastify.patch('/users/:id', {
    onRequest: admin,
    schema: {
      tags: ['admin'],
      description: 'Change name, role, agency (same rules as creation) or disable/enable. Disabling, a role or an agency change ends every session of the account. Nobody can disable or demote their own account.',
      params: IdParams, body: UserPatchSchema, response: { 200: AdminUserSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      const actor = currentUser(request);
      const b = request.body;
      const { users } = fastify.repos;
      const id = request.params.id;
      const changed = await fastify.db.transaction(async (tx) => {
        // The actor's row is locked too: two admins demoting each other at once run one after the other.
        const locked = await users.lockForUpdate([id, actor.userId], tx);
        const before = locked.find((u) => u.id === id);
        if (!before) throw AppError.of(404, 'USER_NOT_FOUND');
        const self = locked.find((u) => u.id === actor.userId);
        // The actor may have been demoted or disabled since their request was authenticated.
        if (!self || self.role !== 'admin' || self.disabledAt) throw AppError.of(403, 'FORBIDDEN');
        if (id === actor.userId && (b.disabled === true || (b.role !== undefined && b.role !== 'admin'))) throw AppError.of(409, 'SELF_LOCKOUT');

        const next: UserChanges = {
          name: b.name,
          role: b.role,
          agencyId: b.agencyId,
          disabledAt: b.disabled === undefined || b.disabled === (before.disabledAt != null) ? undefined : b.disabled ? fastify.config.now() : null,
        };
        const { disabledAt, ...changes } = changedFields(before, next);
        if (disabledAt) changes.disabled = { from: before.disabledAt != null, to: next.disabledAt != null };
        if (Object.keys(changes).length === 0) return false;
        const agencyId = next.agencyId === undefined ? before.agencyId : next.agencyId;
        if (changes.role || changes.agencyId) await checkRoleAgency(next.role ?? before.role, agencyId, tx);
        await users.update(id, next, tx);
        // Whoever holds this account's tokens signed in with the old role, agency or access.
        const endSessions = Boolean(changes.role || changes.agencyId || next.disabledAt);
        const sessionsEnded = endSessions ? await users.closeAllSessions(id, tx) : 0;
        await recordAudit(tx, { actorId: actor.userId, action: 'user.updated', entity: 'user', entityId: String(id), agencyId, details: { changes, sessionsEnded } });
        return true;
      });
      // After commit, so that a session read from now on sees the change (name included).
      if (changed) users.forgetUser(id);
      return toAdminUser((await users.publicById(id))!);
    },
  });

  fastify.post('/users/:id/password', {
    onRequest: admin,
    schema: {
      tags: ['admin'],
      description: 'Set a new password for the account; every session of it ends.',
      params: IdParams, body: PasswordBodySchema, response: { 204: z.undefined(), ...errors(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { users } = fastify.repos;
      const id = request.params.id;
      const passwordHash = await fastify.passwords.hash(request.body.password);
      await fastify.db.transaction(async (tx) => {
        const [before] = await users.lockForUpdate([id], tx);
        if (!before) throw AppError.of(404, 'USER_NOT_FOUND');
        await users.update(id, { passwordHash }, tx);
        const sessionsEnded = await users.closeAllSessions(id, tx);
        await recordAudit(tx, { actorId: currentUser(request).userId, action: 'user.password_reset', entity: 'user', entityId: String(id), agencyId: before.agencyId, details: { sessionsEnded } });
      });
      users.forgetUser(id);
      return reply.code(204).send();
    },
  });
};
export default adminUsers;
