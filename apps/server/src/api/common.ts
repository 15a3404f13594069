import * as z from 'zod';
import { USER_ROLES } from '../roles.js';

/** Every error body: HTTP status, stable code, Vietnamese message, sometimes details. */
export const ErrorSchema = z.looseObject({ statusCode: z.number(), code: z.string(), message: z.string() });

/** Timestamps travel as ISO 8601 strings (UTC). */
export const IsoDate = z.string().describe('ISO 8601, UTC');
export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const AgencyKindSchema = z.enum(['province', 'central']);
export const RoleSchema = z.enum(USER_ROLES);

export const AgencySchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: AgencyKindSchema,
  category: z.string().nullable().optional(),
});

export const UserSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  agency: AgencySchema.pick({ id: true, code: true, name: true, kind: true }).nullable(),
});

/** Standard error responses, spread into route schemas. */
export const errors = (...codes: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429)[]) =>
  Object.fromEntries(codes.map((c) => [c, ErrorSchema])) as Record<number, typeof ErrorSchema>;

/**
 * Fastify sends a Buffer as-is, without the serializer; binary routes declare a
 * string schema only to document the content type. This keeps the reply typed.
 */
export const binary = (bytes: Buffer) => bytes as unknown as string;
