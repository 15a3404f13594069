import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { IdParams } from '@cds/api';
import { binary, errors } from '../../../api/http.js';
import { refusalError } from '../../../api/refusal.js';
import { currentUser } from '../../../plugins/app/auth.js';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** GET /api/submissions/:id/docx: the submitted file, byte for byte. Own agency or MST. */
const submissionsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/:id/docx', {
    schema: {
      tags: ['submissions'],
      params: IdParams,
      response: { 200: { description: 'Tệp .docx đã nộp', content: { [DOCX_MIME]: { schema: z.string() } } }, ...errors(400, 401, 404) },
    },
    handler: async (request, reply) => {
      const file = await fastify.services.submissions.file(currentUser(request), request.params.id);
      if (file.kind === 'refused') throw refusalError(file);
      return reply
        .type(DOCX_MIME)
        .header('content-disposition', `attachment; filename="ke-hoach.docx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-sha256', file.sha256)
        .send(binary(file.docx));
    },
  });
};
export default submissionsRoutes;
