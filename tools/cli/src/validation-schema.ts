import * as z from 'zod';
import { AgencyKindSchema } from '@cds/plan/schemas';
import { FindingSchema, SeverityCountsSchema } from '@cds/rules/schemas';

/**
 * The object `validate --json` prints (PRODUCT.md's command line contract): `file`,
 * `sections` with their `id`, and `findings` with `severity`, `section`, `rule` and
 * `message` may not be renamed; fields may be added here. Strict, so the printed
 * output and this schema cannot drift apart unnoticed.
 */
export const ValidationSectionSchema = z.strictObject({
  /** Canonical section id (P2.III.6). */
  id: z.string(),
  /** The heading as written in the document. */
  heading: z.string(),
  blockId: z.string(),
  /** Found from a content control (structured) or from its heading (plain). */
  via: z.enum(['control', 'heading']),
  error: z.number().int().min(0),
  warning: z.number().int().min(0),
});

export const ValidationJsonSchema = z.strictObject({
  file: z.string(),
  templateVersion: z.string(),
  agency: z.strictObject({ name: z.string().nullable(), kind: AgencyKindSchema.nullable() }),
  /** The sections found, in document order. */
  sections: z.array(ValidationSectionSchema),
  findings: z.array(FindingSchema),
  summary: SeverityCountsSchema,
  /** 0–100: template sections present with no error. */
  completeness: z.number().int().min(0).max(100),
});
export type ValidationJson = z.infer<typeof ValidationJsonSchema>;
