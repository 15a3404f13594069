import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { binary, errors } from '../../../api/http.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { allBoardPages, boardSheet } from '../../../services/board-sheet.js';
import { OVERALL_INDICATOR_FIELDS, OVERALL_TASK_FIELDS, overallPlanDocx } from '../../../services/overall-plan.js';
import { lookupRound, roundLookupError } from '../../../services/round-lookup.js';
import { zipStream } from '../../../services/submissions-zip.js';
import { INDICATOR_EXPORT_FIELDS, indicatorsSheet, TASK_EXPORT_FIELDS, tasksSheet, xlsxWorkbookStream } from '../../../services/xlsx-export.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const Query = z.object({ roundId: z.coerce.number().int().positive().optional() });
const file = (mime: string, description: string) => ({ description, content: { [mime]: { schema: z.string() } } });
const EXPORT_BATCH = 200;
const attachment = (name: string) => `attachment; filename="${name}"`;

/**
 * GET /api/mst/export/workbook.xlsx (a sheet per view: board, indicators, tasks),
 * /submissions.zip (each plan's latest submitted .docx, streamed), and
 * /overall-plan.docx (the draft of the overall plan, Nghị định 30 format).
 */
const exportBundle: FastifyPluginAsyncZod = async (fastify) => {
  const readers = [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')];
  const { mst, plans, rounds } = fastify.repos;
  const round = async (roundId: number | undefined) => {
    const found = await lookupRound(rounds, roundId, fastify.config.now());
    if (found.kind !== 'ok') throw roundLookupError(found);
    return found.round;
  };

  fastify.get('/export/workbook.xlsx', {
    onRequest: readers,
    schema: { tags: ['mst'], querystring: Query, response: { 200: file(XLSX_MIME, 'Tệp Excel'), ...errors(400, 401, 403, 404) } },
    handler: async (request, reply) => {
      const actor = currentUser(request);
      const r = await round(request.query.roundId);
      const body = await xlsxWorkbookStream(
        [
          boardSheet(allBoardPages((q) => mst.boardView(actor, q), r.id)),
          indicatorsSheet(mst.latestItems(actor, { roundId: r.id, list: 'indicators', fields: INDICATOR_EXPORT_FIELDS }, EXPORT_BATCH)),
          tasksSheet(mst.latestItems(actor, { roundId: r.id, list: 'tasks', fields: TASK_EXPORT_FIELDS }, EXPORT_BATCH)),
        ],
        (err) => request.log.error({ err }, 'workbook export failed mid-stream'),
      );
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachment(`tong-hop-${r.id}.xlsx`))
        .send(body as unknown as string);
    },
  });

  fastify.get('/export/submissions.zip', {
    onRequest: readers,
    schema: { tags: ['mst'], querystring: Query, response: { 200: file('application/zip', 'Tệp zip các bản đã gửi'), ...errors(400, 401, 403, 404) } },
    handler: async (request, reply) => {
      const actor = currentUser(request);
      const r = await round(request.query.roundId);
      const list = await mst.latestSubmissions(actor, r.id);
      const files = list.map((s) => ({
        name: `${s.agencyCode} - ${s.fileName}`,
        bytes: async () => (await plans.submissionFile(actor, s.id))?.docx,
      }));
      const body = zipStream(files, (err) => request.log.error({ err }, 'submissions zip failed mid-stream'));
      return reply
        .type('application/zip')
        .header('content-disposition', attachment(`ban-gui-${r.id}.zip`))
        .send(body as unknown as string);
    },
  });

  fastify.get('/export/overall-plan.docx', {
    onRequest: readers,
    schema: { tags: ['mst'], querystring: Query, response: { 200: file(DOCX_MIME, 'Dự thảo kế hoạch tổng hợp'), ...errors(400, 401, 403, 404) } },
    handler: async (request, reply) => {
      const actor = currentUser(request);
      const r = await round(request.query.roundId);
      const bytes = await overallPlanDocx({
        roundName: r.name,
        templateVersion: r.templateVersion,
        year: Number(r.templateVersion.match(/\d{4}/)?.[0] ?? r.deadline.getUTCFullYear()),
        catalog: await rounds.catalog(r.id),
        indicators: mst.latestItems(actor, { roundId: r.id, list: 'indicators', fields: OVERALL_INDICATOR_FIELDS }, EXPORT_BATCH),
        tasks: mst.latestItems(actor, { roundId: r.id, list: 'tasks', fields: OVERALL_TASK_FIELDS }, EXPORT_BATCH),
      });
      return reply
        .type(DOCX_MIME)
        .header('content-disposition', attachment(`du-thao-ke-hoach-tong-hop-${r.id}.docx`))
        .send(binary(Buffer.from(bytes)));
    },
  });
};
export default exportBundle;
