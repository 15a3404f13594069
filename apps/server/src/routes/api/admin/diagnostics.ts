import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DiagnosticsListSchema, DiagnosticsQuerySchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { diagnosticsStore } from '../diagnostics/store.js';

/** GET /api/admin/diagnostics: every report the add-in's "Chẩn đoán" sent, newest first. Administrators only. */
const adminDiagnostics: FastifyPluginAsyncZod = async (fastify) => {
  const store = diagnosticsStore(fastify.db);
  fastify.get('/diagnostics', {
    schema: { tags: ['admin'], querystring: DiagnosticsQuerySchema, response: { 200: DiagnosticsListSchema, ...errors(400, 401, 403) } },
    handler: async (request) => store.list(request.query),
  });
};
export default adminDiagnostics;
