import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parseCatalog } from '@cds/catalog';
import { CatalogImportBodySchema, CatalogImportResultSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { importCatalog } from '../../../services/catalog-import.js';

/** Admin: import a round's indicator catalogue from CSV or JSON (replace it, or merge into it by code). */
const adminCatalog: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post('/catalog/import', {
    onRequest: [fastify.authenticate, fastify.authorize('admin')],
    schema: { tags: ['admin'], body: CatalogImportBodySchema, response: { 200: CatalogImportResultSchema, ...errors(400, 401, 403, 404, 422) } },
    handler: async (request) => {
      const b = request.body;
      if (!(await fastify.repos.rounds.byId(b.roundId))) throw AppError.of(404, 'ROUND_NOT_FOUND');
      const parsed = parseCatalog(b.content, b.format);
      if (!parsed.ok) throw AppError.of(422, 'CATALOG_INVALID', { problems: parsed.problems });
      const result = await importCatalog(fastify.db, b.roundId, parsed.entries, { mode: b.mode, name: b.name, sample: b.sample, actorId: currentUser(request).userId });
      if (!result) throw AppError.of(404, 'ROUND_NOT_FOUND');
      if (!result.ok) throw AppError.of(422, 'CATALOG_INVALID', { problems: result.problems });
      fastify.repos.rounds.invalidate();
      return { roundId: b.roundId, mode: b.mode, imported: parsed.entries.length, ...result.summary };
    },
  });
};
export default adminCatalog;
