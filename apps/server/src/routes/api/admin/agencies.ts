import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AgencyBodySchema } from '../../../api/admin.js';
import { AgencySchema, errors } from '../../../api/common.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { recordAudit } from '../../../repositories/audit.js';

const pick = (a: z.infer<typeof AgencySchema>) => ({ id: a.id, code: a.code, name: a.name, kind: a.kind, category: a.category ?? null });

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
      });
      return reply.code(201).send(pick(agency));
    },
  });
};
export default adminAgencies;
