import * as z from 'zod';
import type { ErrorCode } from './error-codes.js';

/**
 * The edge's bounds: every number and string the server takes is bounded here, so
 * that nothing the database cannot hold (an int4 overflow, a NUL, half a surrogate
 * pair) gets past validation. Refinement messages are error codes; the server says
 * them in Vietnamese.
 */

/** PostgreSQL `integer` (int4): ids, revision numbers, counters. */
export const INT4_MAX = 2_147_483_647;

/** A row id: a positive int4. */
export const Id = z.number().int().positive().max(INT4_MAX);
/** A row id in a path or query string ("42"). */
export const IdParam = z.coerce.number().int().positive().max(INT4_MAX);

export const IdParams = z.object({ id: IdParam });

/** A count or a revision number: 0 … int4. */
export const Count = z.number().int().min(0).max(INT4_MAX);

/**
 * Text that a `text`/`json` column and every reader can hold: no U+0000 (PostgreSQL
 * refuses it in text and json) and no lone UTF-16 surrogate (not encodable as UTF-8).
 * The rule is refusal, not repair: the client's own text must not change silently.
 */
export function textProblem(s: string): 'nul' | 'surrogate' | null {
  // Fast path: nearly every string has neither.
  if (!/[\u0000\uD800-\uDFFF]/.test(s)) return null;
  if (s.includes('\u0000')) return 'nul';
  return LONE_SURROGATE.test(s) ? 'surrogate' : null;
}

/** Half a surrogate pair (String#isWellFormed is ES2024; browsers of the add-in may lack it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Repair for text the server derives itself (what it read from a submitted .docx):
 * NUL removed, lone surrogates as U+FFFD. Never applied to what a client sent.
 */
export const cleanStoredText = (s: string): string => (textProblem(s) ? s.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\uFFFD') : s);

/** The same repair over a JSON value, every string in it (keys too). */
export function cleanStoredJson<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return cleanStoredText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [cleanStoredText(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}

const INVALID_TEXT: ErrorCode = 'INVALID_TEXT';

/** A string refused when it holds NUL or a lone surrogate. */
export const SafeText = z.string().refine((s) => textProblem(s) === null, { message: INVALID_TEXT });

/**
 * Adds an INVALID_TEXT issue at the path of every string (value or key) of `value`
 * that `textProblem` refuses: for schemas from the core whose strings are plain.
 */
export function refineJsonText(value: unknown, ctx: z.core.$RefinementCtx<unknown>, at: PropertyKey[] = []): void {
  let reported = 0;
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (reported >= 20) return; // enough to name the fields; a hostile body could hold millions
    if (typeof v === 'string') {
      if (textProblem(v)) {
        reported++;
        ctx.addIssue({ code: 'custom', message: INVALID_TEXT, path, input: v });
      }
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i]));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (textProblem(k)) {
          reported++;
          ctx.addIssue({ code: 'custom', message: INVALID_TEXT, path: [...path, k], input: k });
        }
        walk(x, [...path, k]);
      }
    }
  };
  walk(value, at);
}

/**
 * An idempotency key: 8–200 printable ASCII characters (no spaces, no control
 * characters), as a header value or a form field can carry it.
 */
export const IdempotencyKey = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[\x21-\x7E]+$/, { message: 'INVALID_IDEMPOTENCY_KEY' satisfies ErrorCode })
  .describe('Chosen by the client (8–200 printable ASCII characters); a retry with the same key and body returns the same result');

/** A template version as written ("mst-2026"); the server checks that it is a known template. */
export const TemplateVersion = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,39}$/, { message: 'UNKNOWN_TEMPLATE' satisfies ErrorCode });

/** A canonical section id's shape ("P2", "P2.III.6", "P1.2.1"); the server checks it against the template. */
export const SECTION_ID = /^P[1-9](\.[0-9IVXLC]{1,6}){0,4}$/;
export const SectionId = z.string().regex(SECTION_ID, { message: 'UNKNOWN_SECTION' satisfies ErrorCode });

/** Longest single string of a client's plan (a whole section's text fits easily). */
export const MAX_TEXT = 500_000;
/** Largest magnitude of a number in a client's plan (VND amounts included). */
export const MAX_NUMBER = 1e18;

/**
 * Bounds for a JSON value whose schema comes from the core (plain strings and
 * numbers): INVALID_TEXT, TEXT_TOO_LONG or VALUE_OUT_OF_RANGE at the field's path.
 */
export function refineBoundedJson(value: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  refineJsonText(value, ctx);
  let reported = 0;
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (reported >= 20) return;
    if (typeof v === 'string' && v.length > MAX_TEXT) {
      reported++;
      ctx.addIssue({ code: 'custom', message: 'TEXT_TOO_LONG' satisfies ErrorCode, path, input: v.length });
    } else if (typeof v === 'number' && !(Math.abs(v) <= MAX_NUMBER)) {
      reported++;
      ctx.addIssue({ code: 'custom', message: 'VALUE_OUT_OF_RANGE' satisfies ErrorCode, path, input: v });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
}
