import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { binary, errors } from '../../../api/common.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { resolveRound } from '../../../services/resolve-round.js';
import { indicatorsWorkbook, tasksWorkbook } from '../../../services/xlsx-export.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Query = z.object({ roundId: z.coerce.number().int().positive().optional() });
const xlsxResponse = { description: 'Tệp Excel', content: { [XLSX_MIME]: { schema: z.string() } } };

/** GET /api/mst/export/indicators.xlsx and tasks.xlsx: consolidated across agencies. */
const exportRoutes: FastifyPluginAsyncZod = async (fastify) => {
  for (const [name, build] of [['indicators', indicatorsWorkbook], ['tasks', tasksWorkbook]] as const) {
    fastify.get(`/export/${name}.xlsx`, {
      onRequest: [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')],
      schema: { tags: ['mst'], querystring: Query, response: { 200: xlsxResponse, ...errors(400, 401, 403, 404) } },
      handler: async (request, reply) => {
        const round = await resolveRound(fastify, request.query.roundId);
        const data = await fastify.repos.mst.latestData(currentUser(request), round.id);
        return reply
          .type(XLSX_MIME)
          .header('content-disposition', `attachment; filename="${name}-${round.id}.xlsx"`)
          .send(binary(await build(data)));
      },
    });
  }
};
export default exportRoutes;
