import type { FastifyRequest } from 'fastify';
import { PlanDataSchema, type PlanData } from '@cds/plan';
import * as z from 'zod';
import { IdempotencyKey } from '@cds/api';
import { AppError } from '../errors.js';
import { messages } from '../messages.vi.js';

export interface SubmitForm {
  fileName: string;
  docx: Buffer;
  plan: PlanData;
  idempotencyKey: string;
}

/** The text fields of the multipart form, validated like any body. */
export const SubmitFieldsSchema = z.object({ idempotencyKey: IdempotencyKey, plan: z.string() });

const invalid = (issues: { path: string; message: string }[]) =>
  new AppError(400, 'VALIDATION_FAILED', messages.VALIDATION_FAILED, { issues });

/**
 * Reads the submission form: `file` (.docx), `plan` (JSON of PlanDataSchema) and
 * `idempotencyKey`. Oversized parts raise the multipart plugin's 413 errors.
 */
export async function readSubmitForm(request: FastifyRequest): Promise<SubmitForm> {
  if (!request.isMultipart()) throw AppError.of(415, 'UNSUPPORTED_MEDIA_TYPE');
  let file: { name: string; bytes: Buffer } | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.fieldname === 'file') file = { name: part.filename || 'ke-hoach.docx', bytes };
    } else {
      if (part.valueTruncated) throw AppError.of(413, 'PAYLOAD_TOO_LARGE');
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!file || file.bytes.byteLength === 0) throw AppError.of(400, 'MISSING_FILE');
  if (fields.plan === undefined) throw AppError.of(400, 'MISSING_PLAN_FIELD');
  if (fields.idempotencyKey === undefined) throw AppError.of(400, 'MISSING_IDEMPOTENCY_KEY');
  const parsedFields = SubmitFieldsSchema.safeParse(fields);
  if (!parsedFields.success) throw invalid(parsedFields.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  let json: unknown;
  try {
    json = JSON.parse(parsedFields.data.plan);
  } catch {
    throw AppError.of(400, 'INVALID_JSON');
  }
  const plan = PlanDataSchema.safeParse(json);
  if (!plan.success) throw invalid(plan.error.issues.map((i) => ({ path: ['plan', ...i.path].join('.'), message: i.message })));
  return { fileName: file.name, docx: file.bytes, plan: plan.data, idempotencyKey: parsedFields.data.idempotencyKey };
}
