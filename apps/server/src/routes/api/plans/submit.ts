import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, iso } from '../../../api/http.js';
import { ReceiptSchema } from '@cds/api';
import { AppError } from '../../../errors.js';
import { formatMessages } from '../../../messages.vi.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { storeSubmission } from '../../../services/submission-store.js';
import { readSubmitForm } from '../../../services/submit-form.js';

/**
 * POST /api/plans/mine/submit (multipart: file, plan, idempotencyKey).
 * The server reads the .docx itself, runs the rules with the agency's kind and the
 * round's catalogue, compares with the client's data, then stores everything in one
 * transaction and answers with a receipt. 201 new; 200 replay of the same key.
 */
const submit: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post('/mine/submit', {
    onRequest: [fastify.authenticate, fastify.authorize('submitter')],
    schema: {
      tags: ['plans'],
      consumes: ['multipart/form-data'],
      description: 'multipart/form-data: `file` (.docx), `plan` (JSON, PlanData), `idempotencyKey`',
      response: { 200: ReceiptSchema, 201: ReceiptSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
    },
    handler: async (request, reply) => {
      const user = currentUser(request);
      const now = fastify.config.now();
      const { rounds, agencies, plans } = fastify.repos;
      const round = await rounds.current(now);
      if (!round) throw AppError.of(404, 'NO_CURRENT_ROUND');
      if (now < round.opensAt) throw AppError.of(403, 'ROUND_NOT_OPEN');
      const late = now > round.deadline;
      if (late && round.latePolicy === 'refuse') throw AppError.of(403, 'SUBMISSION_CLOSED', { deadline: iso(round.deadline) });

      const form = await readSubmitForm(request);
      const agency = (await agencies.byId(user.agencyId!))!;
      const catalog = await rounds.catalog(round.id);
      const checked = await fastify.checker.check(form.docx, form.plan, { templateVersion: round.templateVersion, agencyKind: agency.kind, agencyCode: agency.code, catalog });

      const result = await storeSubmission(fastify.db, plans, user, round, { ...form, ...checked, late }, now);
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
        findings: checked.findings,
      });
    },
  });
};
export default submit;
