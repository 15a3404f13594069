/// <reference types="office-js" />

/** An Office common-API failure, with Office's own error code (5001, 11001 …) kept for the pane. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';
  constructor(
    readonly code: number | null,
    message: string,
  ) {
    super(message);
  }
}

/** Promisifies one callback-style call of the common API. */
export function officeCall<T>(fn: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    fn((r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(new OfficeCallError(r.error?.code ?? null, r.error?.message ?? 'Office')),
    ),
  );
}

/** `Office.context.document`, or null outside Office (a browser tab, a test without a host). */
export const officeDocument = (): Office.Document | null => (globalThis as { Office?: typeof Office }).Office?.context?.document ?? null;
