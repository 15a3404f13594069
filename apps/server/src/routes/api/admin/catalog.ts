import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CatalogImportBodySchema, CatalogImportResultSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { refusalError } from '../../../api/refusal.js';
import { currentUser } from '../../../plugins/app/auth.js';

/** Admin: import a round's indicator catalogue from CSV or JSON (replace it, or merge into it by code). */
const adminCatalog: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post('/catalog/import', {
    schema: { tags: ['admin'], body: CatalogImportBodySchema, response: { 200: CatalogImportResultSchema, ...errors(400, 401, 403, 404, 422) } },
    handler: async (request) => {
      const r = await fastify.services.adminCatalog.import(currentUser(request), request.body);
      if (r.kind === 'refused') throw refusalError(r);
      return { roundId: request.body.roundId, mode: request.body.mode, imported: r.imported, ...r.summary };
    },
  });
};
export default adminCatalog;
