import type { ClientErrorCode, ErrorCode } from './error-codes.js';
import { fallbackMessage, statusMessages } from './messages.vi.js';

/** A server code, a refused .docx's `DOCX_…` code, or one the client raised itself. */
export type ApiErrorCode = ErrorCode | ClientErrorCode | `DOCX_${string}`;

/**
 * Every failed call: the HTTP status (0 when the server could not be reached), the
 * server's stable code and Vietnamese message, and the details it sent (validation
 * issues, the current revision on a 409 STALE_REVISION, the findings on a 422…).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** Reads an error answer: the server's `{ statusCode, code, message, ... }`, or a status-based message for anything else. */
  static async fromResponse(response: Response): Promise<ApiError> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (
      body &&
      typeof body === 'object' &&
      typeof (body as { code?: unknown }).code === 'string' &&
      typeof (body as { message?: unknown }).message === 'string'
    ) {
      const { statusCode: _s, code, message, ...details } = body as { statusCode?: number; code: ApiErrorCode; message: string };
      return new ApiError(response.status, code, message, details);
    }
    return new ApiError(response.status, response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', statusMessages[response.status] ?? fallbackMessage);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
