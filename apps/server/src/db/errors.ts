import type { MessageCode } from '../messages.vi.js';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  cause?: unknown;
}

/** The error's PostgreSQL SQLSTATE, looking through drizzle's wrapping (`cause`); both engines set `code`. */
export function sqlState(error: unknown): { code: string; constraint?: string } | undefined {
  for (let e = error as DriverError | undefined, depth = 0; e && depth < 5; e = e.cause as DriverError | undefined, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      return { code: e.code, ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}) };
    }
  }
  return undefined;
}

/**
 * SQLSTATEs that mean "the input was bad", answered as a clean 4xx. The edge's
 * schemas refuse these values first; this is the one place that catches whatever a
 * schema let through, instead of a 500.
 */
const REFUSALS: Record<string, [number, MessageCode]> = {
  '22003': [400, 'VALUE_OUT_OF_RANGE'], // numeric_value_out_of_range (int4 overflow)
  '22008': [400, 'VALUE_OUT_OF_RANGE'], // datetime_field_overflow
  '22P02': [400, 'INVALID_TEXT'], // invalid_text_representation
  '22P05': [400, 'INVALID_TEXT'], // untranslatable_character (\u0000 in json)
  '22021': [400, 'INVALID_TEXT'], // character_not_in_repertoire (NUL in text, bad UTF-8)
  '22025': [400, 'INVALID_TEXT'], // invalid_escape_sequence
  '22001': [400, 'TEXT_TOO_LONG'], // string_data_right_truncation
  '23505': [409, 'CONFLICT'], // unique_violation
  '54001': [400, 'NESTING_TOO_DEEP'], // statement_too_complex (stack depth)
};

/** The clean answer for a database error caused by the input, or undefined for a real fault. */
export function databaseRefusal(error: unknown): { statusCode: number; code: MessageCode } | undefined {
  const state = sqlState(error);
  const refusal = state && REFUSALS[state.code];
  return refusal ? { statusCode: refusal[0], code: refusal[1] } : undefined;
}

/**
 * True when `error` is PostgreSQL's unique violation on `constraint`: the loser of two
 * writers racing for one value, after both passed the application's own check.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const state = sqlState(error);
  return state?.code === '23505' && state.constraint === constraint;
}
