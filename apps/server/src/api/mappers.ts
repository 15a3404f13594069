import type * as z from 'zod';
import type { Plan, PlanRevision, Review, Round } from '../db/schema/index.js';
import type { RevisionMeta } from '../services/draft-sync.js';
import type { SubmissionMeta } from '../services/submission-store.js';
import { iso, isoOrNull } from './http.js';
import type { PlanSummarySchema, RevisionMetaSchema, RevisionSchema, ReviewSchema, RoundSchema, SubmissionMetaSchema } from '@cds/api';

/** Row → API shapes (dates as ISO strings, internal columns dropped). */
export const toRound = (r: Round): z.infer<typeof RoundSchema> => ({
  id: r.id,
  name: r.name,
  templateVersion: r.templateVersion,
  year: r.year,
  opensAt: iso(r.opensAt),
  deadline: iso(r.deadline),
  latePolicy: r.latePolicy,
});

export const toPlanSummary = (p: Plan): z.infer<typeof PlanSummarySchema> => ({
  id: p.id,
  roundId: p.roundId,
  agencyId: p.agencyId,
  status: p.status,
  currentRevision: p.currentRevision,
  completeness: p.completeness,
  lastSyncedAt: isoOrNull(p.lastSyncedAt),
  submittedAt: isoOrNull(p.submittedAt),
  late: p.late,
});

export const toRevisionMeta = (r: RevisionMeta): z.infer<typeof RevisionMetaSchema> => ({
  number: r.number,
  baseRevision: r.baseRevision,
  idempotencyKey: r.idempotencyKey,
  completeness: r.completeness,
  findingsSummary: r.findingsSummary,
  createdAt: iso(r.createdAt),
});

export const toRevision = (r: PlanRevision): z.infer<typeof RevisionSchema> => ({ ...toRevisionMeta(r), plan: r.plan });

export const toSubmissionMeta = (s: SubmissionMeta): z.infer<typeof SubmissionMetaSchema> => ({
  id: s.id,
  receiptNumber: s.receiptNumber,
  fileName: s.fileName,
  sha256: s.sha256,
  size: s.size,
  submittedAt: iso(s.submittedAt),
  late: s.late,
  completeness: s.completeness,
});

export const toReview = (r: Review): z.infer<typeof ReviewSchema> => ({
  id: r.id,
  decision: r.decision,
  summary: r.summary,
  comments: r.comments,
  createdAt: iso(r.createdAt),
});
