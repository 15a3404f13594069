import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ReceiptSchema } from '@cds/api';
import { errors, iso } from '../../../api/http.js';
import { refusalError } from '../../../api/refusal.js';
import { readSubmitForm, SubmitFormDocSchema } from '../../../api/submit-form.js';
import { AppError } from '../../../errors.js';
import { formatMessages } from '../../../messages.vi.js';
import { currentUser } from '../../../plugins/app/auth.js';

/**
 * POST /api/plans/mine/submit (multipart: file, plan, idempotencyKey). Submitters only.
 * The server reads the .docx itself, runs the rules with the agency's kind and the
 * round's catalogue, compares with the client's data, then stores everything in one
 * transaction and answers with a receipt. 201 new; 200 replay of the same key and body.
 */
const submit: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post('/mine/submit', {
    onRequest: fastify.authorize('submitter'),
    schema: {
      tags: ['plans'],
      consumes: ['multipart/form-data'],
      description: 'multipart/form-data: `file` (.docx), `plan` (JSON, PlanData), `idempotencyKey`',
      body: SubmitFormDocSchema,
      response: { 200: ReceiptSchema, 201: ReceiptSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
    },
    handler: async (request, reply) => {
      const result = await fastify.services.plans.submit(currentUser(request), () => readSubmitForm(request));
      if (result.kind === 'refused') throw refusalError(result);
      if (result.kind === 'conflict') throw AppError.of(409, 'ALREADY_SUBMITTED', { status: result.plan.status });
      const s = result.submission;
      return reply.code(result.kind === 'created' ? 201 : 200).send({
        submissionId: s.id,
        number: s.receiptNumber,
        submittedAt: iso(s.submittedAt),
        sha256: s.sha256,
        size: s.size,
        late: s.late,
        replayed: result.kind === 'replayed',
        message: s.late ? `${formatMessages.receipt(s.receiptNumber)} ${formatMessages.lateAccepted}` : formatMessages.receipt(s.receiptNumber),
        findings: result.findings,
      });
    },
  });
};
export default submit;
