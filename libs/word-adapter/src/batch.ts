/// <reference types="office-js" />
import { writeFlatOpc } from '@cds/docx';
import type { DocumentModel } from '@cds/model';

/** The OOXML the add-in inserts: the project's own .docx writer, flattened (what insertOoxml takes). */
export const ooxmlOf = (doc: DocumentModel): string => writeFlatOpc(doc);

/** Word errors that mean "this Word cannot do that" (so a fallback applies), as opposed to a real failure. */
export function isUnsupported(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === 'ApiNotFound' || code === 'NotImplemented' || code === 'InvalidArgument' || code === 'GeneralException';
}

/** Which way an operation went, for tests and diagnostics. */
export interface Outcome {
  /** Set when the preferred API failed and a fallback did the work. */
  fallback?: string;
}
