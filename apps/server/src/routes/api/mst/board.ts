import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { BoardTotalsSchema, BoardViewQuerySchema, BoardViewSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { boardPage, boardTotals } from '../../../services/board.js';
import { roundLookupError } from '../../../services/round-lookup.js';

/** GET /api/mst/board (sorted, searched, with finding counts) and /api/mst/board/totals. */
const board: FastifyPluginAsyncZod = async (fastify) => {
  const readers = [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')];

  fastify.get('/board', {
    onRequest: readers,
    schema: { tags: ['mst'], querystring: BoardViewQuerySchema, response: { 200: BoardViewSchema, ...errors(400, 401, 403, 404) } },
    handler: async (request) => {
      const q = request.query;
      const result = await boardPage(fastify.repos, currentUser(request), q, fastify.config.now());
      if (result.kind !== 'ok') throw roundLookupError(result);
      return { roundId: result.roundId, page: q.page, pageSize: q.pageSize, total: result.total, items: result.items };
    },
  });

  fastify.get('/board/totals', {
    onRequest: readers,
    schema: {
      tags: ['mst'],
      querystring: z.object({ roundId: z.coerce.number().int().positive().optional() }),
      response: { 200: BoardTotalsSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const result = await boardTotals(fastify.repos, currentUser(request), request.query.roundId, fastify.config.now());
      if (result.kind !== 'ok') throw roundLookupError(result);
      return result.totals;
    },
  });
};
export default board;
