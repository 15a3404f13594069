import type { DraftRequest } from '@cds/api';
import type { Plan, PlanRevision, Review, Round } from '../db/schema/index.js';
import type { Actor } from '../repositories/ownership.js';
import type { RevisionMeta } from '../repositories/plans.js';
import type { ServiceDeps } from './deps.js';
import { draftTemplateIssues, prepareDraft, syncDraft, type DraftResult } from './draft-sync.js';
import { checkPlanTemplate } from './plan-template-check.js';
import { refuse, type Refusal } from './result.js';
import type { Finding } from '@cds/rules';
import { storeSubmission, type SubmissionInput, type SubmissionMeta } from './submission-store.js';

/** What a submission brings once its form is read (the route layer reads it). */
export type SubmitFormInput = Pick<SubmissionInput, 'fileName' | 'docx' | 'idempotencyKey' | 'requestHash'> & { plan: SubmissionInput['plan'] };

export type MineResult =
  | { kind: 'ok'; round: Round; plan: Plan | undefined; revision: PlanRevision | undefined; submission: SubmissionMeta | undefined; review: Review | undefined }
  | Refusal;

export type SyncResult = DraftResult | Refusal;

export type SubmitResult =
  | { kind: 'created' | 'replayed'; submission: SubmissionMeta; findings: Finding[] }
  /** Another submission won, or the plan is accepted. */
  | { kind: 'conflict'; plan: Plan }
  | Refusal;

/** An agency's own plan in the current round: read it, sync drafts, submit it. */
export function plansService({ db, repos, config, checker }: ServiceDeps) {
  const currentRound = async (now: Date) => repos.rounds.current(now);

  return {
    async mine(actor: Actor): Promise<MineResult> {
      const round = await currentRound(config.now());
      if (!round) return refuse('NO_CURRENT_ROUND');
      const plan = await repos.plans.mine(actor, round.id);
      if (!plan) return { kind: 'ok', round, plan, revision: undefined, submission: undefined, review: undefined };
      const [revision, [submission], [review]] = await Promise.all([
        plan.currentRevision > 0 ? repos.plans.revision(actor, plan.id, plan.currentRevision) : undefined,
        repos.plans.submissions(actor, plan.id),
        repos.plans.reviews(actor, plan.id),
      ]);
      return { kind: 'ok', round, plan, revision, submission, review };
    },

    /** Stores a new revision: the plan (or the parts it carries) must be made on the round's template, with its canonical section ids. */
    async syncDraft(actor: Actor, body: DraftRequest): Promise<SyncResult> {
      const now = config.now();
      const round = await currentRound(now);
      if (!round) return refuse('NO_CURRENT_ROUND');
      const issues = draftTemplateIssues(body, round.templateVersion);
      if (issues.length) return refuse('VALIDATION_FAILED', { issues });
      const { plan: _plan, sections: _sections, parts: _parts, ...fields } = body;
      return syncDraft(db, repos.plans, actor, round.id, { ...fields, prepared: prepareDraft(body) }, now);
    },

    /**
     * Submits the agency's plan: the round must be open (or accept late plans), then the
     * form is read (not before: a closed round never parses an upload), the server
     * reads and checks the .docx itself, and stores it with a receipt in one transaction.
     */
    async submit(actor: Actor, readForm: () => Promise<SubmitFormInput>): Promise<SubmitResult> {
      const now = config.now();
      const round = await currentRound(now);
      if (!round) return refuse('NO_CURRENT_ROUND');
      if (now < round.opensAt) return refuse('ROUND_NOT_OPEN');
      const late = now > round.deadline;
      if (late && round.latePolicy === 'refuse') return refuse('SUBMISSION_CLOSED', { deadline: round.deadline.toISOString() });

      const form = await readForm();
      const issues = checkPlanTemplate(form.plan, round.templateVersion);
      if (issues.length) return refuse('VALIDATION_FAILED', { issues });
      const agency = (await repos.agencies.byId(actor.agencyId!))!;
      const catalog = await repos.rounds.catalog(round.id);
      const checked = await checker.check(form.docx, form.plan, {
        templateVersion: round.templateVersion,
        agencyKind: agency.kind,
        agencyCode: agency.code,
        agencyName: agency.name,
        catalog,
      });
      if (checked.kind === 'refused') return checked;

      const stored = await storeSubmission(db, repos.plans, actor, round, { ...form, ...checked, late }, now);
      if (stored.kind === 'key_reused') return refuse('IDEMPOTENCY_KEY_REUSED');
      if (stored.kind === 'conflict') return stored;
      return { kind: stored.kind, submission: stored.submission, findings: checked.findings };
    },
  };
}
export type PlansService = ReturnType<typeof plansService>;
export type { RevisionMeta };
