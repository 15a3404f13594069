import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { AgencyBodySchema, AgencyPatchSchema } from '@cds/api';
import { changedFields } from '../../../services/changed-fields.js';
import { AgencySchema, IdParams } from '@cds/api';
import { errors } from '../../../api/http.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { isCodeConflict } from '../../../repositories/agencies.js';
import { recordAudit } from '../../../repositories/audit.js';

const pick = (a: z.infer<typeof AgencySchema>) => ({ id: a.id, code: a.code, name: a.name, kind: a.kind, category: a.category ?? null });

/** The unique code caught by the database (a concurrent write won): the same 409 as the check. */
const codeTakenAs409 = (e: unknown): never => {
  throw isCodeConflict(e) ? AppError.of(409, 'AGENCY_CODE_TAKEN') : e;
};

/** Admin: the agencies that submit plans. */
const adminAgencies: FastifyPluginAsyncZod = async (fastify) => {
  const admin = [fastify.authenticate, fastify.authorize('admin')];

  fastify.get('/agencies', {
    onRequest: admin,
    schema: { tags: ['admin'], response: { 200: z.array(AgencySchema), ...errors(401, 403) } },
    handler: async () => (await fastify.repos.agencies.list()).map(pick),
  });

  fastify.post('/agencies', {
    onRequest: admin,
    schema: { tags: ['admin'], body: AgencyBodySchema, response: { 201: AgencySchema, ...errors(400, 401, 403, 409) } },
    handler: async (request, reply) => {
      const { agencies } = fastify.repos;
      if ((await agencies.byCodes([request.body.code])).length) throw AppError.of(409, 'AGENCY_CODE_TAKEN');
      const agency = await fastify.db.transaction(async (tx) => {
        const a = await agencies.create(request.body, tx);
        await recordAudit(tx, { actorId: currentUser(request).userId, action: 'agency.created', entity: 'agency', entityId: String(a.id), agencyId: a.id, details: { code: a.code } });
        return a;
      }).catch(codeTakenAs409);
      return reply.code(201).send(pick(agency));
    },
  });

  fastify.patch('/agencies/:id', {
    onRequest: admin,
    schema: {
      tags: ['admin'],
      description: 'Change code (unique), name, category; the kind only while the agency has no plan in any round.',
      params: IdParams, body: AgencyPatchSchema, response: { 200: AgencySchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      const user = currentUser(request);
      const { agencies } = fastify.repos;
      const agency = await fastify.db.transaction(async (tx) => {
        // Locked: no plan can be created for the agency while its kind is being checked and changed.
        const before = await agencies.lockForUpdate(request.params.id, tx);
        if (!before) throw AppError.of(404, 'AGENCY_NOT_FOUND');
        const changes = changedFields(before, request.body);
        if (Object.keys(changes).length === 0) return before;
        if (changes.code && (await agencies.codeTaken(request.body.code!, before.id, tx))) throw AppError.of(409, 'AGENCY_CODE_TAKEN');
        // The rules already ran on its plans with the old kind (assigned indicators, sections).
        if (changes.kind && (await agencies.hasPlans(before.id, user, tx))) throw AppError.of(409, 'AGENCY_KIND_LOCKED');
        const a = (await agencies.update(before.id, request.body, tx))!;
        await recordAudit(tx, { actorId: user.userId, action: 'agency.updated', entity: 'agency', entityId: String(a.id), agencyId: a.id, details: { changes } });
        return a;
      }).catch(codeTakenAs409);
      return pick(agency);
    },
  });
};
export default adminAgencies;
