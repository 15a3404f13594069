import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { IndicatorDetailQuerySchema, IndicatorDetailSchema, IndicatorListQuerySchema, IndicatorListSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { indicatorDetail, indicatorList } from '../../../services/indicator-view.js';
import { roundLookupError } from '../../../services/round-lookup.js';

/** GET /api/mst/indicator-list (the catalogue, paged, with coverage) and /api/mst/indicator-list/:code (one indicator across agencies). */
const indicatorListRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const readers = [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')];

  fastify.get('/indicator-list', {
    onRequest: readers,
    schema: { tags: ['mst'], querystring: IndicatorListQuerySchema, response: { 200: IndicatorListSchema, ...errors(400, 401, 403, 404) } },
    handler: async (request) => {
      const result = await indicatorList(fastify.repos, currentUser(request), request.query, fastify.config.now());
      if (result.kind !== 'ok') throw roundLookupError(result);
      return result.list;
    },
  });

  fastify.get('/indicator-list/:code', {
    onRequest: readers,
    schema: {
      tags: ['mst'],
      params: z.object({ code: z.string().min(1).max(100) }),
      querystring: IndicatorDetailQuerySchema,
      response: { 200: IndicatorDetailSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const result = await indicatorDetail(fastify.repos, currentUser(request), request.params.code, request.query, fastify.config.now());
      if (result.kind === 'entry_not_found') throw AppError.of(404, 'NOT_FOUND');
      if (result.kind !== 'ok') throw roundLookupError(result);
      return result.detail;
    },
  });
};
export default indicatorListRoutes;
