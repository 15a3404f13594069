import { ErrorSchema } from '@cds/api';

/** Timestamps leave the server as ISO 8601 strings (UTC). */
export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** Standard error responses, spread into route schemas. */
export const errors = (...codes: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429)[]) =>
  Object.fromEntries(codes.map((c) => [c, ErrorSchema])) as Record<number, typeof ErrorSchema>;

/**
 * Fastify sends a Buffer as-is, without the serializer; binary routes declare a
 * string schema only to document the content type. This keeps the reply typed.
 */
export const binary = (bytes: Buffer) => bytes as unknown as string;
