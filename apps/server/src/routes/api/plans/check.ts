import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PlanCheckSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { checkUpload } from '../../../services/web-check.js';

/**
 * POST /api/plans/mine/check (multipart `file`): the server's findings and extracted
 * plan for an uploaded .docx, nothing stored. The web path shows them, then submits
 * through POST /mine/submit with the same file, this plan and its own idempotency key.
 */
const check: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post('/mine/check', {
    schema: {
      tags: ['plans'],
      consumes: ['multipart/form-data'],
      description: 'multipart/form-data: `file` (.docx)',
      response: { 200: PlanCheckSchema, ...errors(400, 401, 403, 404, 413, 415, 422) },
    },
    handler: async (request) => {
      if (!request.isMultipart()) throw AppError.of(415, 'UNSUPPORTED_MEDIA_TYPE');
      let file: { name: string; bytes: Buffer } | undefined;
      for await (const part of request.parts()) {
        if (part.type === 'file' && part.fieldname === 'file') file = { name: part.filename || 'ke-hoach.docx', bytes: await part.toBuffer() };
        else if (part.type === 'file') await part.toBuffer();
      }
      if (!file || file.bytes.byteLength === 0) throw AppError.of(400, 'MISSING_FILE');
      const result = await checkUpload(fastify.repos, currentUser(request), file.bytes, fastify.config.now());
      if (result.kind === 'no_current_round') throw AppError.of(404, 'NO_CURRENT_ROUND');
      if (result.kind === 'unreadable') throw new AppError(422, result.code, result.message, { docxCode: result.docxCode });
      const { kind: _k, ...rest } = result;
      return { fileName: file.name, ...rest };
    },
  });
};
export default check;
