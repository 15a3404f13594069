import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../../../api/http.js';
import { toPlanSummary, toRevision, toRevisionMeta } from '../../../api/mappers.js';
import { DraftBodySchema, DraftResponseSchema } from '@cds/api';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { syncDraft } from '../../../services/draft-sync.js';

/**
 * PUT /api/plans/mine/draft: store a new revision of my plan.
 * 201 new revision; 200 replay of the same idempotency key; 409 STALE_REVISION with
 * `current` (the latest revision and its plan) when baseRevision is not the latest.
 */
const draft: FastifyPluginAsyncZod = async (fastify) => {
  fastify.put('/mine/draft', {
    onRequest: [fastify.authenticate, fastify.authorize('drafter', 'submitter')],
    schema: { tags: ['plans'], body: DraftBodySchema, response: { 200: DraftResponseSchema, 201: DraftResponseSchema, ...errors(400, 401, 403, 404, 409, 413, 415) } },
    handler: async (request, reply) => {
      const user = currentUser(request);
      const now = fastify.config.now();
      const round = await fastify.repos.rounds.current(now);
      if (!round) throw AppError.of(404, 'NO_CURRENT_ROUND');
      const result = await syncDraft(fastify.db, fastify.repos.plans, user, round.id, request.body, now);
      switch (result.kind) {
        case 'stale':
          throw AppError.of(409, 'STALE_REVISION', { current: result.current ? toRevision(result.current) : null, currentRevision: result.plan.currentRevision });
        case 'locked':
          throw AppError.of(409, 'PLAN_LOCKED', { status: result.plan.status });
        default:
          return reply
            .code(result.kind === 'created' ? 201 : 200)
            .send({ plan: toPlanSummary(result.plan), revision: toRevisionMeta(result.revision), replayed: result.kind === 'replayed' });
      }
    },
  });
};
export default draft;
