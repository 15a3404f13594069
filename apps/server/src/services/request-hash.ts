import { createHash } from 'node:crypto';

/**
 * sha256 of a request's content, stored beside its idempotency key: a retry with the
 * same key and the same content replays, the same key with other content is refused
 * (as the IETF Idempotency-Key draft asks). Parts are length-prefixed so that no two
 * different part lists hash alike.
 */
export function requestHash(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    h.update(`${bytes.byteLength}:`).update(bytes);
  }
  return h.digest('hex');
}

/** A key stored before hashes existed (null) matches anything: those rows replay as before. */
export const sameRequest = (stored: string | null, hash: string): boolean => stored === null || stored === hash;
