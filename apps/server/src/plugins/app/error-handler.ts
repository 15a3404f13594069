import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { databaseRefusal } from '../../db/errors.js';
import { AppError, isAppError } from '../../errors.js';
import { formatMessages, messages, type MessageCode } from '../../messages.vi.js';

/** Framework error codes we answer with a message of our own. */
const KNOWN: Record<string, [number, MessageCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_REQ_FILE_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_PARTS_LIMIT: [400, 'BAD_REQUEST'],
  // A second file part is a malformed form, not a large one.
  FST_FILES_LIMIT: [400, 'TOO_MANY_FILES'],
  FST_FIELDS_LIMIT: [400, 'BAD_REQUEST'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON'],
  FST_INVALID_JSON_FIELD_ERROR: [400, 'INVALID_JSON'],
};

/** Generic Vietnamese messages for other 4xx statuses raised by plugins. */
const BY_STATUS: Record<number, MessageCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** The byte limit a 413 ran into, as configured (said in the message and sent as `limit`). */
function limitOf(error: FastifyError, request: FastifyRequest): number | undefined {
  const config = (request.server as { config?: { bodyLimit: number; uploadLimit: number } } | undefined)?.config;
  if (!config) return undefined;
  return error.code === 'FST_REQ_FILE_TOO_LARGE' ? config.uploadLimit : config.bodyLimit;
}

function send(reply: FastifyReply, statusCode: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(statusCode)
    .type('application/json; charset=utf-8')
    .send({ statusCode, code, message, ...extra });
}

/**
 * The one error handler. 4xx: `{ statusCode, code, message }` with a Vietnamese
 * message and a stable code (plus details such as validation issues or the current
 * revision). 5xx: logged in full, answered with a sanitised message.
 */
export function handleError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(error)) return send(reply, error.statusCode, error.code, error.message, error.details);
  // A value the edge's schemas let through and the database refused: the input's fault, said as such.
  const refusal = databaseRefusal(error);
  if (refusal) {
    request.log.warn({ err: error }, 'database refused a value the schemas accepted');
    return send(reply, refusal.statusCode, refusal.code, messages[refusal.code]);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const e = AppError.validation(
      error.validation.map((v) => ({ path: `${error.validationContext ?? ''}${v.instancePath}`.replace(/\//g, '.'), message: v.message ?? '' })),
    );
    return send(reply, e.statusCode, e.code, e.message, e.details);
  }
  if (!isResponseSerializationError(error)) {
    const known = error.code ? KNOWN[error.code] : undefined;
    if (known?.[1] === 'PAYLOAD_TOO_LARGE') {
      const limit = limitOf(error, request);
      return limit
        ? send(reply, 413, 'PAYLOAD_TOO_LARGE', formatMessages.tooLarge(limit), { limit })
        : send(reply, 413, 'PAYLOAD_TOO_LARGE', messages.PAYLOAD_TOO_LARGE);
    }
    if (known) return send(reply, known[0], known[1], messages[known[1]]);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = BY_STATUS[status] ?? 'BAD_REQUEST';
      return send(reply, status, code, messages[code]);
    }
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 500, 'INTERNAL', messages.INTERNAL);
}

export default fp(
  async (fastify) => {
    fastify.setErrorHandler(handleError);
    fastify.setNotFoundHandler((_request, reply) => send(reply, 404, 'ROUTE_NOT_FOUND', messages.ROUTE_NOT_FOUND));
  },
  { name: 'error-handler' },
);
