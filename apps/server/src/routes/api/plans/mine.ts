import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../../../api/http.js';
import { toPlanSummary, toReview, toRevision, toRound, toSubmissionMeta } from '../../../api/mappers.js';
import { MinePlanSchema } from '@cds/api';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';

/** GET /api/plans/mine: my agency's plan in the current round, its latest revision, receipt and review. */
const mine: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/mine', {
    onRequest: [fastify.authenticate, fastify.authorize('drafter', 'submitter')],
    schema: { tags: ['plans'], response: { 200: MinePlanSchema, ...errors(401, 403, 404) } },
    handler: async (request) => {
      const user = currentUser(request);
      const { rounds, plans } = fastify.repos;
      const round = await rounds.current(fastify.config.now());
      if (!round) throw AppError.of(404, 'NO_CURRENT_ROUND');
      const plan = await plans.mine(user, round.id);
      if (!plan) return { round: toRound(round), plan: null, latestRevision: null, lastSubmission: null, lastReview: null };
      const [revision, [submission], [review]] = await Promise.all([
        plan.currentRevision > 0 ? plans.revision(user, plan.id, plan.currentRevision) : undefined,
        plans.submissions(user, plan.id),
        plans.reviews(user, plan.id),
      ]);
      return {
        round: toRound(round),
        plan: toPlanSummary(plan),
        latestRevision: revision ? toRevision(revision) : null,
        lastSubmission: submission ? toSubmissionMeta(submission) : null,
        lastReview: review ? toReview(review) : null,
      };
    },
  });
};
export default mine;
