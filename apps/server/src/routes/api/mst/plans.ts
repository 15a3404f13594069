import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '@cds/api';
import { errors, isoOrNull } from '../../../api/http.js';
import { toPlanSummary, toReview, toRevisionMeta, toSubmissionMeta } from '../../../api/mappers.js';
import { BoardQuerySchema, BoardSchema, PlanDetailSchema, ReviewBodySchema, ReviewResponseSchema } from '@cds/api';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { reviewPlan } from '../../../services/review.js';
import { resolveRound } from '../../../services/resolve-round.js';

/** MST: the status board, one plan's history, and review decisions. */
const mstPlans: FastifyPluginAsyncZod = async (fastify) => {
  const readers = [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')];

  fastify.get('/plans', {
    onRequest: readers,
    schema: { tags: ['mst'], querystring: BoardQuerySchema, response: { 200: BoardSchema, ...errors(400, 401, 403, 404) } },
    handler: async (request) => {
      const q = request.query;
      const round = await resolveRound(fastify, q.roundId);
      const { rows, total } = await fastify.repos.mst.board(currentUser(request), { ...q, roundId: round.id });
      return {
        roundId: round.id,
        page: q.page,
        pageSize: q.pageSize,
        total,
        items: rows.map(({ agency, plan }) => ({
          agency,
          planId: plan?.id ?? null,
          status: plan?.status ?? ('not_started' as const),
          completeness: plan?.completeness ?? 0,
          currentRevision: plan?.currentRevision ?? 0,
          lastSyncedAt: isoOrNull(plan?.lastSyncedAt ?? null),
          submittedAt: isoOrNull(plan?.submittedAt ?? null),
          late: plan?.late ?? false,
        })),
      };
    },
  });

  fastify.get('/plans/:id', {
    onRequest: readers,
    schema: { tags: ['mst'], params: IdParams, response: { 200: PlanDetailSchema, ...errors(401, 403, 404) } },
    handler: async (request) => {
      const user = currentUser(request);
      const { plans, agencies } = fastify.repos;
      const plan = await plans.byId(user, request.params.id);
      if (!plan) throw AppError.of(404, 'PLAN_NOT_FOUND');
      const [agency, revisions, subs, reviews, latest] = await Promise.all([
        agencies.byId(plan.agencyId),
        plans.revisions(user, plan.id),
        plans.submissions(user, plan.id),
        plans.reviews(user, plan.id),
        plan.currentRevision > 0 ? plans.revision(user, plan.id, plan.currentRevision) : undefined,
      ]);
      return {
        plan: toPlanSummary(plan),
        agency: { id: agency!.id, code: agency!.code, name: agency!.name, kind: agency!.kind },
        revisions: revisions.map(toRevisionMeta),
        latestPlan: latest?.plan ?? null,
        submissions: subs.map((s) => ({ ...toSubmissionMeta(s), findings: s.findings })),
        reviews: reviews.map(toReview),
      };
    },
  });

  fastify.post('/plans/:id/review', {
    onRequest: [fastify.authenticate, fastify.authorize('mst_reviewer')],
    schema: { tags: ['mst'], params: IdParams, body: ReviewBodySchema, response: { 200: ReviewResponseSchema, ...errors(400, 401, 403, 404, 409) } },
    handler: async (request) => {
      const body = request.body;
      if (body.decision === 'return' && body.comments.length === 0 && !body.summary.trim()) throw AppError.of(400, 'RETURN_NEEDS_COMMENT');
      const result = await reviewPlan(fastify.db, fastify.repos.plans, currentUser(request), request.params.id, body, fastify.config.now());
      if (result.kind === 'not_found') throw AppError.of(404, 'PLAN_NOT_FOUND');
      if (result.kind === 'not_reviewable') throw AppError.of(409, 'NOT_REVIEWABLE', { status: result.plan.status });
      return { plan: toPlanSummary(result.plan), review: toReview(result.review) };
    },
  });
};
export default mstPlans;
