import type { MessageCode } from '../messages.vi.js';

/**
 * An expected refusal, as services return it: a stable code, optionally a message of
 * its own (when it names values) and details. No HTTP status: the route layer maps
 * codes to statuses (api/refusal.ts), so services know nothing of HTTP.
 */
export interface Refusal {
  kind: 'refused';
  /** One of our codes, or DOCX_<reader code> for a refused .docx. */
  code: MessageCode | `DOCX_${string}`;
  message?: string;
  details?: Record<string, unknown>;
  /** The request names something that does not exist (a 400 about the input, not a 404 about the target). */
  input?: boolean;
}

export const refuse = (code: Refusal['code'], details?: Record<string, unknown>, message?: string): Refusal => ({
  kind: 'refused',
  code,
  ...(message !== undefined ? { message } : {}),
  ...(details !== undefined ? { details } : {}),
});

/** A refusal about a reference in the input (agencyId of an unknown agency). */
export const refuseInput = (code: Refusal['code'], details?: Record<string, unknown>): Refusal => ({ ...refuse(code, details), input: true });

export const isRefusal = (r: { kind: string }): r is Refusal => r.kind === 'refused';
