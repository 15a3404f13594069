import { dropInvalidChars } from './read/chars.js';
import { countUnitVi, detailVi, messagesVi } from './messages.vi.js';

/** Why a file was refused. Stable: the CLI and the server map these to exit codes and HTTP answers. */
export type DocxErrorCode = keyof typeof messagesVi;

/**
 * The one error the reader throws for input it refuses. `message` is Vietnamese and
 * meant for the user; `code` is for programs; `part` names the zip entry at fault;
 * `limit` is the limit passed (bytes, or a count for the text budget).
 */
export class DocxError extends Error {
  override readonly name = 'DocxError';
  readonly part?: string;
  constructor(
    readonly code: DocxErrorCode,
    part?: string,
    readonly limit?: number,
    /** The start of the paragraph at fault, for the text budget. */
    excerpt?: string,
  ) {
    // Names and text come from the file: keep them printable and short in a message users and databases see.
    const safePart = part === undefined ? undefined : clip(part, 200);
    const unit = countUnitVi[code];
    super(
      [
        messagesVi[code],
        safePart ? detailVi.part(safePart) : '',
        limit === undefined ? '' : unit === undefined ? detailVi.limit(limit) : detailVi.count(limit, unit),
        excerpt ? detailVi.excerpt(clip(excerpt, 60)) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    if (safePart !== undefined) this.part = safePart;
  }
}

function clip(s: string, n: number): string {
  // By code point, so a cut never leaves half a surrogate pair.
  const chars = [...dropInvalidChars(s).replace(/[\u0000-\u001f\u007f]+/g, ' ')];
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : chars.join('');
}

/** Narrowing helper for callers that catch `unknown`. */
export function isDocxError(e: unknown): e is DocxError {
  return e instanceof DocxError;
}
