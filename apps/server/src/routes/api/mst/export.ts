import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { errors } from '../../../api/http.js';
import { currentUser } from '../../../plugins/app/auth.js';
import type { Actor } from '../../../repositories/ownership.js';
import { resolveRound } from '../../../services/resolve-round.js';
import { INDICATOR_EXPORT_FIELDS, indicatorsSheet, TASK_EXPORT_FIELDS, tasksSheet, xlsxStream, type Sheet } from '../../../services/xlsx-export.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Query = z.object({ roundId: z.coerce.number().int().positive().optional() });
const xlsxResponse = { description: 'Tệp Excel', content: { [XLSX_MIME]: { schema: z.string() } } };
/** Plans read from the database per statement while streaming (a 50 KB plan has ~60 indicators and ~60 tasks). */
const EXPORT_BATCH = 200;

/** GET /api/mst/export/indicators.xlsx and tasks.xlsx: consolidated across agencies, streamed. */
const exportRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { mst } = fastify.repos;
  const sheets: Record<'indicators' | 'tasks', (actor: Actor, roundId: number) => Sheet> = {
    indicators: (actor, roundId) => indicatorsSheet(mst.latestItems(actor, { roundId, list: 'indicators', fields: INDICATOR_EXPORT_FIELDS }, EXPORT_BATCH)),
    tasks: (actor, roundId) => tasksSheet(mst.latestItems(actor, { roundId, list: 'tasks', fields: TASK_EXPORT_FIELDS }, EXPORT_BATCH)),
  };
  for (const name of ['indicators', 'tasks'] as const) {
    fastify.get(`/export/${name}.xlsx`, {
      onRequest: [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')],
      schema: { tags: ['mst'], querystring: Query, response: { 200: xlsxResponse, ...errors(400, 401, 403, 404) } },
      handler: async (request, reply) => {
        const round = await resolveRound(fastify, request.query.roundId);
        const body = await xlsxStream(sheets[name](currentUser(request), round.id), (err) => request.log.error({ err }, 'xlsx export failed mid-stream'));
        return reply
          .type(XLSX_MIME)
          .header('content-disposition', `attachment; filename="${name}-${round.id}.xlsx"`)
          .send(body as unknown as string); // a stream is sent as-is; the string schema only documents the type
      },
    });
  }
};
export default exportRoutes;
