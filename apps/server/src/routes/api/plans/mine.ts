import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MinePlanSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { toPlanSummary, toReview, toRevision, toRound, toSubmissionMeta } from '../../../api/mappers.js';
import { refusalError } from '../../../api/refusal.js';
import { currentUser } from '../../../plugins/app/auth.js';

/** GET /api/plans/mine: my agency's plan in the current round, its latest revision, receipt and review. */
const mine: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/mine', {
    schema: { tags: ['plans'], response: { 200: MinePlanSchema, ...errors(401, 403, 404) } },
    handler: async (request) => {
      const r = await fastify.services.plans.mine(currentUser(request));
      if (r.kind === 'refused') throw refusalError(r);
      return {
        round: toRound(r.round),
        plan: r.plan ? toPlanSummary(r.plan) : null,
        latestRevision: r.revision ? toRevision(r.revision) : null,
        lastSubmission: r.submission ? toSubmissionMeta(r.submission) : null,
        lastReview: r.review ? toReview(r.review) : null,
      };
    },
  });
};
export default mine;
