import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { AgencyBodySchema, AgencyPatchSchema, AgencySchema, IdParams } from '@cds/api';
import { errors } from '../../../api/http.js';
import { refusalError } from '../../../api/refusal.js';
import type { Agency } from '../../../db/schema/index.js';
import { currentUser } from '../../../plugins/app/auth.js';
import type { AgencyResult } from '../../../services/admin/agencies.js';

const pick = (a: Agency) => ({ id: a.id, code: a.code, name: a.name, kind: a.kind, category: a.category ?? null });
const answer = (r: AgencyResult) => {
  if (r.kind === 'refused') throw refusalError(r);
  return pick(r.agency);
};

/** Admin: the agencies that submit plans. */
const adminAgencies: FastifyPluginAsyncZod = async (fastify) => {
  const agencies = () => fastify.services.adminAgencies;

  fastify.get('/agencies', {
    schema: { tags: ['admin'], response: { 200: z.array(AgencySchema), ...errors(401, 403) } },
    handler: async () => (await agencies().list()).map(pick),
  });

  fastify.post('/agencies', {
    schema: {
      tags: ['admin'],
      description: 'Codes are unique whatever their case ("bo-yt" is taken when "BO-YT" exists).',
      body: AgencyBodySchema,
      response: { 201: AgencySchema, ...errors(400, 401, 403, 409) },
    },
    handler: async (request, reply) => reply.code(201).send(answer(await agencies().create(currentUser(request), request.body))),
  });

  fastify.patch('/agencies/:id', {
    schema: {
      tags: ['admin'],
      description: 'Change code (unique), name, category; the kind only while the agency has no plan in any round.',
      params: IdParams,
      body: AgencyPatchSchema,
      response: { 200: AgencySchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => answer(await agencies().update(currentUser(request), request.params.id, request.body)),
  });
};
export default adminAgencies;
