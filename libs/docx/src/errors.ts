import { detailVi, messagesVi } from './messages.vi.js';

/** Why a file was refused. Stable: the CLI and the server map these to exit codes and HTTP answers. */
export type DocxErrorCode = keyof typeof messagesVi;

/**
 * The one error the reader throws for input it refuses. `message` is Vietnamese and
 * meant for the user; `code` is for programs; `part` names the zip entry at fault.
 */
export class DocxError extends Error {
  override readonly name = 'DocxError';
  constructor(
    readonly code: DocxErrorCode,
    readonly part?: string,
    readonly limit?: number,
  ) {
    super(
      [messagesVi[code], part ? detailVi.part(part) : '', limit !== undefined ? detailVi.limit(limit) : '']
        .filter(Boolean)
        .join(' '),
    );
  }
}

/** Narrowing helper for callers that catch `unknown`. */
export function isDocxError(e: unknown): e is DocxError {
  return e instanceof DocxError;
}
