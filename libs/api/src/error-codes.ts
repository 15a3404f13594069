/**
 * Every stable error code the server answers with (`{ statusCode, code, message }`).
 * The server's Vietnamese messages are keyed by this tuple; clients switch on it.
 * A refused .docx answers `DOCX_<reader code>` (e.g. DOCX_ZIP_BOMB) besides these.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'INTERNAL',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NO_AGENCY',
  'DRAFTER_CANNOT_SUBMIT',
  'NO_CURRENT_ROUND',
  'ROUND_NOT_FOUND',
  'ROUND_NOT_OPEN',
  'PLAN_NOT_FOUND',
  'STALE_REVISION',
  // Section-level sync: a part named by hash that the server does not hold; neither or both of the two forms
  'SECTIONS_MISSING',
  'DRAFT_FORM',
  'PLAN_LOCKED',
  'ALREADY_SUBMITTED',
  'SUBMISSION_CLOSED',
  'MISSING_FILE',
  'NOT_DOCX',
  'MISSING_PLAN_FIELD',
  'MISSING_IDEMPOTENCY_KEY',
  'PLAN_HAS_ERRORS',
  'PLAN_MISMATCH',
  'UNREADABLE_DOCX',
  'SUBMISSION_NOT_FOUND',
  'NOT_REVIEWABLE',
  'RETURN_NEEDS_COMMENT',
  'AGENCY_NOT_FOUND',
  'AGENCY_CODE_TAKEN',
  'EMAIL_TAKEN',
  'AGENCY_REQUIRED',
  'MST_HAS_NO_AGENCY',
  'DEADLINE_BEFORE_OPEN',
  'CATALOG_INVALID',
  'NOTHING_TO_UPDATE',
  'USER_NOT_FOUND',
  'ACCOUNT_DISABLED',
  'SELF_LOCKOUT',
  'AGENCY_KIND_LOCKED',
  // Bad input the database could not hold, refused at the edge or mapped from its error
  'INVALID_TEXT',
  'TEXT_TOO_LONG',
  'VALUE_OUT_OF_RANGE',
  'INVALID_IDEMPOTENCY_KEY',
  'IDEMPOTENCY_KEY_REUSED',
  'CONFLICT',
  'UNKNOWN_TEMPLATE',
  'TEMPLATE_MISMATCH',
  'UNKNOWN_SECTION',
  'NESTING_TOO_DEEP',
  'INVALID_UTF8',
  'TOO_MANY_FILES',
  // Submission
  'AGENCY_MISMATCH',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes the typed client raises itself, without an answer from the server. */
export const CLIENT_ERROR_CODES = ['NETWORK_ERROR', 'BAD_RESPONSE'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];
