import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.js';
import { messages, type MessageCode } from '../../messages.vi.js';

/** Framework error codes we answer with a message of our own. */
const KNOWN: Record<string, [number, MessageCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_REQ_FILE_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_PARTS_LIMIT: [413, 'PAYLOAD_TOO_LARGE'],
  FST_FILES_LIMIT: [413, 'PAYLOAD_TOO_LARGE'],
  FST_FIELDS_LIMIT: [413, 'PAYLOAD_TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON'],
  FST_INVALID_JSON_FIELD_ERROR: [400, 'INVALID_JSON'],
};

/** Generic Vietnamese messages for other 4xx statuses raised by plugins. */
const BY_STATUS: Record<number, MessageCode> = {
  400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED',
};

function send(reply: FastifyReply, statusCode: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return reply.code(statusCode).type('application/json; charset=utf-8').send({ statusCode, code, message, ...extra });
}

/**
 * The one error handler. 4xx: `{ statusCode, code, message }` with a Vietnamese
 * message and a stable code (plus details such as validation issues or the current
 * revision). 5xx: logged in full, answered with a sanitised message.
 */
export function handleError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return send(reply, error.statusCode, error.code, error.message, error.details);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: `${error.validationContext ?? ''}${v.instancePath}`.replace(/\//g, '.'),
      // A contract refinement names an error code; the server says it in Vietnamese.
      message: v.message && v.message in messages ? messages[v.message as MessageCode] : (v.message ?? ''),
    }));
    return send(reply, 400, 'VALIDATION_FAILED', messages.VALIDATION_FAILED, { issues });
  }
  if (!isResponseSerializationError(error)) {
    const known = error.code ? KNOWN[error.code] : undefined;
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
