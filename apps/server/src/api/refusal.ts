import type { ErrorCode } from '@cds/api';
import { AppError } from '../errors.js';
import { messages } from '../messages.vi.js';
import type { Refusal } from '../services/result.js';

/** The HTTP status of every error code: the one table that turns a service's refusal into an answer. */
export const STATUS_OF = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  INTERNAL: 500,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NO_AGENCY: 403,
  DRAFTER_CANNOT_SUBMIT: 403,
  NO_CURRENT_ROUND: 404,
  ROUND_NOT_FOUND: 404,
  ROUND_NOT_OPEN: 403,
  PLAN_NOT_FOUND: 404,
  STALE_REVISION: 409,
  SECTIONS_MISSING: 409,
  DRAFT_FORM: 400,
  PLAN_LOCKED: 409,
  ALREADY_SUBMITTED: 409,
  SUBMISSION_CLOSED: 403,
  MISSING_FILE: 400,
  NOT_DOCX: 400,
  MISSING_PLAN_FIELD: 400,
  MISSING_IDEMPOTENCY_KEY: 400,
  PLAN_HAS_ERRORS: 422,
  PLAN_MISMATCH: 422,
  UNREADABLE_DOCX: 422,
  SUBMISSION_NOT_FOUND: 404,
  NOT_REVIEWABLE: 409,
  RETURN_NEEDS_COMMENT: 400,
  AGENCY_NOT_FOUND: 404,
  AGENCY_CODE_TAKEN: 409,
  EMAIL_TAKEN: 409,
  AGENCY_REQUIRED: 400,
  MST_HAS_NO_AGENCY: 400,
  DEADLINE_BEFORE_OPEN: 400,
  CATALOG_INVALID: 422,
  NOTHING_TO_UPDATE: 400,
  USER_NOT_FOUND: 404,
  ACCOUNT_DISABLED: 403,
  SELF_LOCKOUT: 409,
  AGENCY_KIND_LOCKED: 409,
  INVALID_TEXT: 400,
  TEXT_TOO_LONG: 400,
  VALUE_OUT_OF_RANGE: 400,
  INVALID_IDEMPOTENCY_KEY: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  CONFLICT: 409,
  UNKNOWN_TEMPLATE: 400,
  TEMPLATE_MISMATCH: 400,
  UNKNOWN_SECTION: 400,
  NESTING_TOO_DEEP: 400,
  INVALID_UTF8: 400,
  TOO_MANY_FILES: 400,
  AGENCY_MISMATCH: 422,
} as const satisfies Record<ErrorCode, number>;

/** The answer to a service's refusal: its code's status (422 for a refused .docx), message and details. */
export function refusalError(r: Refusal): AppError {
  const status = r.input ? 400 : r.code.startsWith('DOCX_') ? 422 : STATUS_OF[r.code as ErrorCode];
  const message = r.message ?? messages[r.code as ErrorCode];
  return new AppError(status, r.code, message, r.details);
}
