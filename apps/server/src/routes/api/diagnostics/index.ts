import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { DIAGNOSTICS_LIMITS, DiagnosticsReceiptSchema, DiagnosticsReportBodySchema, diagnosticsMessages } from '@cds/api';
import { AppError } from '../../../errors.js';
import { errors } from '../../../api/http.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { diagnosticsStore } from './store.js';

/**
 * POST /api/diagnostics: any signed-in user sends the report the add-in's
 * "Chẩn đoán" produced on their Word. Bounded: the body limit refuses a large
 * report before it is parsed (413), the contract bounds every field (400).
 */
/** Says this route's own limit; a chunked body without a length still meets Fastify's bodyLimit. */
async function refuseLargeBody(request: FastifyRequest) {
  if (Number(request.headers['content-length'] ?? 0) > DIAGNOSTICS_LIMITS.bodyBytes)
    throw new AppError(413, 'PAYLOAD_TOO_LARGE', diagnosticsMessages.bodyTooLarge);
}

const diagnostics: FastifyPluginAsyncZod = async (fastify) => {
  const store = diagnosticsStore(fastify.db);
  fastify.post('', {
    onRequest: [refuseLargeBody],
    bodyLimit: DIAGNOSTICS_LIMITS.bodyBytes,
    // A pane stuck in a loop must not fill the table: a few reports a minute per client is plenty.
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      tags: ['diagnostics'],
      description:
        "The add-in's diagnostics report (Word version, platform, webview, requirement sets, each adapter operation passed or failed). Any signed-in user.",
      body: DiagnosticsReportBodySchema,
      response: { 201: DiagnosticsReceiptSchema, ...errors(400, 401, 413, 429) },
    },
    handler: async (request, reply) => {
      const row = await store.add(currentUser(request), request.body);
      return reply.code(201).send({ id: row.id, receivedAt: row.createdAt.toISOString(), passed: row.passed, failed: row.failed });
    },
  });
};
export default diagnostics;
