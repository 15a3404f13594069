import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findTemplate } from '@cds/template';
import * as z from 'zod';
import { RoundBodySchema, RoundPatchSchema, RoundWithCatalogSchema } from '@cds/api';
import { changedFields } from '../../../services/changed-fields.js';
import { IdParams } from '@cds/api';
import { errors, iso } from '../../../api/http.js';
import { toRound } from '../../../api/mappers.js';
import type { Round } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { recordAudit } from '../../../repositories/audit.js';
import { vietnamYear } from '../../../services/plan-year.js';

const toAdminRound = (r: Round) => ({ ...toRound(r), catalogName: r.catalogName, catalogSample: r.catalogSample, createdAt: iso(r.createdAt) });

/** Admin: reporting rounds. */
const adminRounds: FastifyPluginAsyncZod = async (fastify) => {
  const admin = [fastify.authenticate, fastify.authorize('admin')];

  fastify.get('/rounds', {
    onRequest: admin,
    schema: { tags: ['admin'], response: { 200: z.array(RoundWithCatalogSchema), ...errors(401, 403) } },
    handler: async () => (await fastify.repos.rounds.list()).map(toAdminRound),
  });

  fastify.get('/rounds/:id', {
    onRequest: admin,
    schema: { tags: ['admin'], params: IdParams, response: { 200: RoundWithCatalogSchema, ...errors(401, 403, 404) } },
    handler: async (request) => {
      const round = await fastify.repos.rounds.byId(request.params.id);
      if (!round) throw AppError.of(404, 'ROUND_NOT_FOUND');
      return toAdminRound(round);
    },
  });

  fastify.post('/rounds', {
    onRequest: admin,
    schema: { tags: ['admin'], body: RoundBodySchema, response: { 201: RoundWithCatalogSchema, ...errors(400, 401, 403) } },
    handler: async (request, reply) => {
      const b = request.body;
      if (!findTemplate(b.templateVersion)) {
        throw new AppError(400, 'VALIDATION_FAILED', `Không có mẫu khung kế hoạch phiên bản "${b.templateVersion}".`);
      }
      const opensAt = new Date(b.opensAt);
      const deadline = new Date(b.deadline);
      if (deadline <= opensAt) throw AppError.of(400, 'DEADLINE_BEFORE_OPEN');
      const round = await fastify.db.transaction(async (tx) => {
        const r = await fastify.repos.rounds.create({ name: b.name, templateVersion: b.templateVersion, year: b.year ?? vietnamYear(deadline), opensAt, deadline, latePolicy: b.latePolicy }, tx);
        await recordAudit(tx, { actorId: currentUser(request).userId, action: 'round.created', entity: 'round', entityId: String(r.id), details: { name: r.name } });
        return r;
      });
      return reply.code(201).send(toAdminRound(round));
    },
  });

  fastify.patch('/rounds/:id', {
    onRequest: admin,
    schema: {
      tags: ['admin'],
      description: 'Change name, opening, deadline (e.g. extend it) or late policy. The template stays.',
      params: IdParams, body: RoundPatchSchema, response: { 200: RoundWithCatalogSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const b = request.body;
      const next = {
        name: b.name,
        opensAt: b.opensAt === undefined ? undefined : new Date(b.opensAt),
        deadline: b.deadline === undefined ? undefined : new Date(b.deadline),
        latePolicy: b.latePolicy,
      };
      const round = await fastify.db.transaction(async (tx) => {
        const { rounds } = fastify.repos;
        const before = await rounds.lockForUpdate(request.params.id, tx);
        if (!before) throw AppError.of(404, 'ROUND_NOT_FOUND');
        if ((next.deadline ?? before.deadline) <= (next.opensAt ?? before.opensAt)) throw AppError.of(400, 'DEADLINE_BEFORE_OPEN');
        const changes = changedFields(before, next);
        if (Object.keys(changes).length === 0) return before;
        const r = (await rounds.update(before.id, next, tx))!;
        await recordAudit(tx, { actorId: currentUser(request).userId, action: 'round.updated', entity: 'round', entityId: String(r.id), details: { changes } });
        return r;
      });
      fastify.repos.rounds.invalidate();
      return toAdminRound(round);
    },
  });
};
export default adminRounds;
