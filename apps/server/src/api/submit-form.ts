import type { FastifyRequest } from 'fastify';
import * as z from 'zod';
import { cleanStoredText, ClientPlanSchema, IdempotencyKey, type ClientPlan } from '@cds/api';
import { AppError } from '../errors.js';
import { formatMessages, messages } from '../messages.vi.js';
import { requestHash } from '../services/request-hash.js';
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth.js';

export interface SubmitForm {
  fileName: string;
  docx: Buffer;
  plan: ClientPlan;
  idempotencyKey: string;
  /** Hash of the file and the plan field: the same key with another body is refused. */
  requestHash: string;
}

/** The text fields of the multipart form, validated like any body. */
export const SubmitFieldsSchema = z.object({ idempotencyKey: IdempotencyKey, plan: z.string() });

const issuesAt = (prefix: string[], error: z.ZodError) => error.issues.map((i) => ({ path: [...prefix, ...i.path].join('.'), message: i.message }));

/**
 * The multipart form as the OpenAPI page shows it, so /docs can send a submission.
 * Only documentation: @fastify/multipart leaves the body empty and readSubmitForm
 * validates the parts, so the schema accepts anything.
 */
export const SubmitFormDocSchema = z.unknown().meta({
  type: 'object',
  required: ['file', 'plan', 'idempotencyKey'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'Tệp kế hoạch .docx' },
    plan: { type: 'string', description: 'Dữ liệu kế hoạch đã trích xuất (JSON của PlanData), như phần bổ trợ Word gửi' },
    idempotencyKey: {
      type: 'string',
      minLength: 8,
      maxLength: 200,
      description: '8–200 ký tự ASCII in được; gửi lại cùng khóa và cùng nội dung thì nhận lại cùng biên nhận',
    },
  },
});

/**
 * The charset the form's text fields are handed over in when they declare none: a name
 * busboy has no decoder for, so it passes the field's bytes on unchanged (one character
 * per byte) instead of decoding them as UTF-8 with U+FFFD for what it cannot read.
 */
const RAW_FIELDS = 'x-cds-raw';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** 400 INVALID_UTF8 naming the field, in Vietnamese. */
const invalidUtf8 = (field: string) =>
  new AppError(400, 'INVALID_UTF8', formatMessages.formField(field, messages.INVALID_UTF8), {
    field,
    issues: [{ path: `body.${field}`, message: messages.INVALID_UTF8 }],
  });

/**
 * A text field's value from its bytes, which must be UTF-8. A part that declared its
 * own charset (`Content-Type: text/plain; charset=…`) comes decoded by busboy already
 * (characters past U+00FF show it): kept, unless it holds U+FFFD, which is what that
 * decoder puts for bytes it could not read. (Such a part holding only characters up
 * to U+00FF cannot be told from raw bytes and is read as UTF-8 like the others.)
 */
function fieldText(field: string, value: string): string {
  if (/[^\u0000-\u00ff]/.test(value)) {
    if (value.includes('\ufffd')) throw invalidUtf8(field);
    return value;
  }
  try {
    return strictUtf8.decode(Buffer.from(value, 'latin1'));
  } catch {
    throw invalidUtf8(field);
  }
}

/** The text fields the form has; others are not read. */
const TEXT_FIELDS = new Set(['plan', 'idempotencyKey']);

/**
 * Reads the submission form: one `file` (.docx), `plan` (JSON of ClientPlanSchema) and
 * `idempotencyKey`. Parsing is the route layer's job, so it throws 4xx AppErrors;
 * oversized parts raise the multipart plugin's 413, a second file its 400, a text
 * field that is not UTF-8 a 400 INVALID_UTF8 naming it.
 */
export async function readSubmitForm(request: FastifyRequest): Promise<SubmitForm> {
  if (!request.isMultipart()) throw AppError.of(415, 'UNSUPPORTED_MEDIA_TYPE');
  let file: { name: string; bytes: Buffer } | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts({ defCharset: RAW_FIELDS })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.fieldname === 'file') file = { name: part.filename || 'ke-hoach.docx', bytes };
    } else {
      if (part.valueTruncated) throw AppError.of(413, 'PAYLOAD_TOO_LARGE');
      if (!TEXT_FIELDS.has(part.fieldname)) continue;
      // Invalid UTF-8 is refused naming the field, not turned into U+FFFD silently.
      fields[part.fieldname] = typeof part.value === 'string' ? fieldText(part.fieldname, part.value) : String(part.value);
    }
  }
  if (!file || file.bytes.byteLength === 0) throw AppError.of(400, 'MISSING_FILE');
  if (fields.plan === undefined) throw AppError.of(400, 'MISSING_PLAN_FIELD');
  if (fields.idempotencyKey === undefined) throw AppError.of(400, 'MISSING_IDEMPOTENCY_KEY');
  const parsedFields = SubmitFieldsSchema.safeParse(fields);
  if (!parsedFields.success) throw AppError.validation(issuesAt(['body'], parsedFields.error));
  if (jsonDepth(parsedFields.data.plan) > MAX_JSON_DEPTH) throw AppError.of(400, 'NESTING_TOO_DEEP');
  let json: unknown;
  try {
    json = JSON.parse(parsedFields.data.plan);
  } catch {
    throw AppError.of(400, 'INVALID_JSON');
  }
  const plan = ClientPlanSchema.safeParse(json);
  if (!plan.success) throw AppError.validation(issuesAt(['body', 'plan'], plan.error));
  // The file name is stored (text column) and sent back in a header: cleaned like any text.
  const fileName = cleanStoredText(file.name).replace(/[\u0001-\u001f\u007f]/g, '');
  return {
    fileName: fileName.slice(0, 255) || 'ke-hoach.docx',
    docx: file.bytes,
    plan: plan.data,
    idempotencyKey: parsedFields.data.idempotencyKey,
    requestHash: requestHash(file.bytes, JSON.stringify(plan.data)),
  };
}
