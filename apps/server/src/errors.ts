import { messages, type MessageCode } from './messages.vi.js';

/**
 * An expected failure with an HTTP status, a stable code and a Vietnamese message.
 * The error handler sends it as `{ statusCode, code, message, ...details }`.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Extra fields sent with the error (e.g. the current revision on a 409). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** 400 VALIDATION_FAILED with the issues, each naming its field; message codes said in Vietnamese. */
  static validation(issues: { path: string; message: string }[]): AppError {
    return new AppError(400, 'VALIDATION_FAILED', messages.VALIDATION_FAILED, {
      issues: issues.map((i) => ({ path: i.path, message: issueMessage(i.message) })),
    });
  }

  /** Builds an error from a message code of messages.vi.ts. */
  static of(statusCode: number, code: MessageCode, details?: Record<string, unknown>): AppError {
    return new AppError(statusCode, code, messages[code], details);
  }
}

/**
 * True for an AppError, by shape: under tests the app's modules can be loaded twice
 * (vitest and autoload's own import), so `instanceof` may see two AppError classes.
 */
export const isAppError = (e: unknown): e is AppError =>
  e instanceof AppError ||
  (e instanceof Error && e.name === 'AppError' && typeof (e as AppError).code === 'string' && typeof (e as AppError).statusCode === 'number');

/** A refinement's message may be one of our error codes: said as that code's Vietnamese message. */
export const issueMessage = (message: string | undefined): string => (message && message in messages ? messages[message as MessageCode] : (message ?? ''));

/** Shape of every error body, for route schemas. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  [k: string]: unknown;
}
