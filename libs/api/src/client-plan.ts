import * as z from 'zod';
import { IgnoreSchema, PlanDataSchema, PlanSectionSchema, TaskSchema } from '@cds/plan/schemas';
import { SeverityCountsSchema } from '@cds/rules/schemas';
import { refineBoundedJson, SectionId, TemplateVersion } from './bounds.js';

/**
 * A plan as a client sends it (draft sync, submission): the core's PlanData with
 * every string and number bounded, section ids in canonical form, and at most so
 * many rows. The server then checks the template version and the section ids
 * against the round's template.
 */
export const ClientPlanSchema = PlanDataSchema.extend({
  templateVersion: TemplateVersion,
  sections: z.array(PlanSectionSchema.extend({ id: SectionId })).max(1_000),
  indicators: PlanDataSchema.shape.indicators.max(20_000),
  tasks: z.array(TaskSchema.extend({ section: SectionId })).max(20_000),
  projects2025: PlanDataSchema.shape.projects2025.max(5_000),
  ignores: z.array(IgnoreSchema.extend({ section: SectionId.nullable() })).max(5_000),
}).superRefine(refineBoundedJson);
export type ClientPlan = z.infer<typeof ClientPlanSchema>;

/** Finding counts a client reports: shown to MST beside the plan, so bounded (no plan has a million findings). */
const ClientCount = z.number().int().min(0).max(100_000);
export const ClientCountsSchema = SeverityCountsSchema.extend({ error: ClientCount, warning: ClientCount, info: ClientCount });
