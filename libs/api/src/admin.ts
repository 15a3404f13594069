import * as z from 'zod';
import { AgencyKindSchema, AgencySchema, IsoDate, RoleSchema, UserSchema } from './common.js';
import { CATALOG_FORMATS, CATALOG_IMPORT_MODES } from './enums.js';
import { LatePolicySchema, RoundSchema } from './plans.js';
import type { ErrorCode } from './error-codes.js';
import { Id, SafeText, TemplateVersion } from './bounds.js';

export const RoundBodySchema = z.object({
  name: SafeText.trim().min(1).max(300),
  templateVersion: TemplateVersion,
  /** The plan year (receipt numbers carry it); default: the deadline's year in Việt Nam. Fixed once created. */
  year: z.number().int().min(2000).max(2100).optional(),
  opensAt: z.iso.datetime({ offset: true }),
  deadline: z.iso.datetime({ offset: true }),
  latePolicy: LatePolicySchema.default('accept-flagged'),
});

/** A PATCH body: unknown fields are refused (not silently ignored) and at least one field is needed. */
const patch = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape).refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'NOTHING_TO_UPDATE' satisfies ErrorCode });

/** What an admin may change on a round (e.g. MST extends the deadline). The template stays. */
export const RoundPatchSchema = patch({
  name: RoundBodySchema.shape.name.optional(),
  opensAt: RoundBodySchema.shape.opensAt.optional(),
  deadline: RoundBodySchema.shape.deadline.optional(),
  latePolicy: LatePolicySchema.optional(),
});

export const RoundWithCatalogSchema = RoundSchema.extend({ catalogName: z.string().nullable(), catalogSample: z.boolean(), createdAt: IsoDate });

/** A new agency; the database's columns follow this (code unique, kind from AGENCY_KINDS). */
export const AgencyBodySchema = z.object({
  code: SafeText.trim().min(1).max(40),
  name: SafeText.trim().min(1).max(300),
  kind: AgencyKindSchema,
  category: SafeText.max(60).nullable().optional(),
});
export { AgencySchema };

/** Code (unique), name, category; kind only while the agency has no plan. */
export const AgencyPatchSchema = patch({
  code: AgencyBodySchema.shape.code.optional(),
  name: AgencyBodySchema.shape.name.optional(),
  kind: AgencyBodySchema.shape.kind.optional(),
  category: SafeText.max(60).nullable().optional(),
});

const PasswordSchema = SafeText.min(8).max(200);

export const UserBodySchema = z.object({
  email: z.email().max(200),
  name: SafeText.trim().min(1).max(200),
  password: PasswordSchema,
  role: RoleSchema,
  agencyId: Id.nullable().default(null),
});

/** An account as admins see it: with its disabled state. */
export const AdminUserSchema = UserSchema.extend({ active: z.boolean(), disabledAt: IsoDate.nullable() });

/** Name, role, agency (same consistency rules as creation), disabled. */
export const UserPatchSchema = patch({
  name: SafeText.trim().min(1).max(200).optional(),
  role: RoleSchema.optional(),
  agencyId: Id.nullable().optional(),
  disabled: z.boolean().optional(),
});

export const PasswordBodySchema = z.object({ password: PasswordSchema });

export const CatalogImportBodySchema = z.object({
  roundId: Id,
  format: z.enum(CATALOG_FORMATS),
  /** The file's text (CSV with a header row, or JSON: an array or { entries }). */
  content: SafeText.min(1),
  /**
   * replace (default): the file becomes the round's whole catalogue. merge: entries are
   * added or updated by code (name, unit, targets, assignments); the others are kept.
   */
  mode: z.enum(CATALOG_IMPORT_MODES).default('replace'),
  /** Catalogue name; when absent: "Danh mục chỉ tiêu" (replace) or the current name (merge). */
  name: SafeText.trim().min(1).max(300).optional(),
  /** Demo sample? Default false; a merge that keeps entries of a sample catalogue stays a sample. */
  sample: z.boolean().optional(),
});

export const CatalogImportResultSchema = z.object({
  roundId: z.number(),
  name: z.string(),
  sample: z.boolean(),
  mode: z.enum(CATALOG_IMPORT_MODES),
  /** Entries in the file (= added + updated). */
  imported: z.number(),
  added: z.number(),
  /** Entries of the file whose code the round already had (merge). */
  updated: z.number(),
  /** Entries the round had and the file did not name (merge). */
  kept: z.number(),
  /** Entries the round had before and no longer has (replace). */
  removed: z.number(),
});
