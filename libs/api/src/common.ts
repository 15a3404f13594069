import * as z from 'zod';
import { AGENCY_KINDS } from '@cds/template/enums';
import { USER_ROLES } from './enums.js';

/** Every error body: HTTP status, stable code, Vietnamese message, sometimes details. */
export const ErrorSchema = z.looseObject({ statusCode: z.number(), code: z.string(), message: z.string() });

/** Timestamps travel as ISO 8601 strings (UTC). */
export const IsoDate = z.string().describe('ISO 8601, UTC');

export { IdParams } from './bounds.js';

export const AgencyKindSchema = z.enum(AGENCY_KINDS);
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
