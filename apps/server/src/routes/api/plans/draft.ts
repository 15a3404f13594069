import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DraftBodySchema, DraftResponseSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { toPlanSummary, toRevision, toRevisionMeta } from '../../../api/mappers.js';
import { refusalError } from '../../../api/refusal.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';

/**
 * PUT /api/plans/mine/draft: store a new revision of my plan, sent whole (`plan`) or as
 * its sections (`sections`: every part's hash; `parts`: the bodies the base revision
 * lacked; see services/draft-sync.ts for why the client sends them unasked).
 * 201 new revision; 200 replay of the same idempotency key and content; 409 STALE_REVISION
 * with `current` (the latest revision and its plan) when baseRevision is not the latest;
 * 409 SECTIONS_MISSING with `missing` (hashes) when a named part is neither held nor
 * carried (send the whole plan); 422 IDEMPOTENCY_KEY_REUSED when the key was used with
 * other content.
 */
const draft: FastifyPluginAsyncZod = async (fastify) => {
  fastify.put('/mine/draft', {
    schema: {
      tags: ['plans'],
      body: DraftBodySchema,
      response: { 200: DraftResponseSchema, 201: DraftResponseSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
    },
    handler: async (request, reply) => {
      const result = await fastify.services.plans.syncDraft(currentUser(request), request.body);
      switch (result.kind) {
        case 'refused':
          throw refusalError(result);
        case 'stale':
          throw AppError.of(409, 'STALE_REVISION', {
            current: result.current ? toRevision(result.current) : null,
            currentRevision: result.plan.currentRevision,
          });
        case 'missing':
          throw AppError.of(409, 'SECTIONS_MISSING', { missing: result.missing, currentRevision: result.plan.currentRevision });
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
