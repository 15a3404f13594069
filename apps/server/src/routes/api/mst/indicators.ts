import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../../../api/common.js';
import { IndicatorsQuerySchema, IndicatorsSchema } from '../../../api/mst.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { indicatorsAcrossAgencies } from '../../../services/indicators.js';
import { resolveRound } from '../../../services/resolve-round.js';

/** GET /api/mst/indicators: each indicator's values across agencies (latest data of each plan). */
const indicators: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/indicators', {
    onRequest: [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')],
    schema: { tags: ['mst'], querystring: IndicatorsQuerySchema, response: { 200: IndicatorsSchema, ...errors(400, 401, 403, 404) } },
    handler: async (request) => {
      const round = await resolveRound(fastify, request.query.roundId);
      const [data, catalog] = await Promise.all([
        fastify.repos.mst.latestData(currentUser(request), round.id),
        fastify.repos.rounds.catalog(round.id),
      ]);
      return { roundId: round.id, indicators: indicatorsAcrossAgencies(data, catalog, request.query.code) };
    },
  });
};
export default indicators;
