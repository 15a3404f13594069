import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../../../api/http.js';
import { IndicatorsQuerySchema, IndicatorsSchema } from '@cds/api';
import { currentUser } from '../../../plugins/app/auth.js';
import { INDICATOR_VIEW_FIELDS, IndicatorGroups } from '../../../services/indicators.js';
import { resolveRound } from '../../../services/resolve-round.js';

/**
 * GET /api/mst/indicators: each indicator's values across agencies (latest data of each
 * plan), a page of indicator groups at a time (`page`, `pageSize` ≤ 200; each group holds
 * at most one value per agency).
 */
const indicators: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/indicators', {
    onRequest: [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')],
    schema: { tags: ['mst'], querystring: IndicatorsQuerySchema, response: { 200: IndicatorsSchema, ...errors(400, 401, 403, 404) } },
    handler: async (request) => {
      const { code, page, pageSize } = request.query;
      const round = await resolveRound(fastify, request.query.roundId);
      const groups = new IndicatorGroups(await fastify.repos.rounds.catalog(round.id));
      // The database unnests the indicators; only their view fields come back, a page of plans at a time.
      const pages = fastify.repos.mst.latestItems(currentUser(request), { roundId: round.id, list: 'indicators', fields: INDICATOR_VIEW_FIELDS, code });
      for await (const page of pages) groups.add(page);
      const all = groups.result(code);
      return { roundId: round.id, total: all.length, page, pageSize, indicators: all.slice((page - 1) * pageSize, page * pageSize) };
    },
  });
};
export default indicators;
