import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { IdParams, RoundBodySchema, RoundPatchSchema, RoundWithCatalogSchema } from '@cds/api';
import { errors, iso } from '../../../api/http.js';
import { toRound } from '../../../api/mappers.js';
import { refusalError } from '../../../api/refusal.js';
import type { Round } from '../../../db/schema/index.js';
import { currentUser } from '../../../plugins/app/auth.js';
import type { RoundResult } from '../../../services/admin/rounds.js';

const toAdminRound = (r: Round) => ({ ...toRound(r), catalogName: r.catalogName, catalogSample: r.catalogSample, createdAt: iso(r.createdAt) });
const answer = (r: RoundResult) => {
  if (r.kind === 'refused') throw refusalError(r);
  return toAdminRound(r.round);
};

/** Admin: reporting rounds. */
const adminRounds: FastifyPluginAsyncZod = async (fastify) => {
  const rounds = () => fastify.services.adminRounds;

  fastify.get('/rounds', {
    schema: { tags: ['admin'], response: { 200: z.array(RoundWithCatalogSchema), ...errors(401, 403) } },
    handler: async () => (await rounds().list()).map(toAdminRound),
  });

  fastify.get('/rounds/:id', {
    schema: { tags: ['admin'], params: IdParams, response: { 200: RoundWithCatalogSchema, ...errors(400, 401, 403, 404) } },
    handler: async (request) => answer(await rounds().get(request.params.id)),
  });

  fastify.post('/rounds', {
    schema: { tags: ['admin'], body: RoundBodySchema, response: { 201: RoundWithCatalogSchema, ...errors(400, 401, 403) } },
    handler: async (request, reply) => reply.code(201).send(answer(await rounds().create(currentUser(request), request.body))),
  });

  fastify.patch('/rounds/:id', {
    schema: {
      tags: ['admin'],
      description: 'Change name, opening, deadline (e.g. extend it) or late policy. The template and plan year stay.',
      params: IdParams,
      body: RoundPatchSchema,
      response: { 200: RoundWithCatalogSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => answer(await rounds().update(currentUser(request), request.params.id, request.body)),
  });
};
export default adminRounds;
