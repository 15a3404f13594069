import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CatalogPreviewBodySchema, CatalogPreviewSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { AppError } from '../../../errors.js';
import { previewCatalog } from '../../../services/catalog-preview.js';

/** POST /api/admin/catalog/preview: what importing this CSV, JSON or Excel file would do, each bad row's error; nothing saved. */
const catalogPreview: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post('/catalog/preview', {
    bodyLimit: 20 * 1024 * 1024,
    schema: { tags: ['admin'], body: CatalogPreviewBodySchema, response: { 200: CatalogPreviewSchema, ...errors(400, 401, 403, 404) } },
    handler: async (request) => {
      const result = await previewCatalog(fastify.repos, request.body);
      if (result.kind === 'round_not_found') throw AppError.of(404, 'ROUND_NOT_FOUND');
      return result.preview;
    },
  });
};
export default catalogPreview;
