import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { joinPlan, listHashes, type PlanRest, type SectionBody } from '@cds/plan';
import type { Db, DbOrTx, Tx } from '../db/client.js';
import {
  planRevisions,
  plans,
  planSectionBodies,
  reviews,
  submissions,
  type FindingsSummary,
  type NewAuditEntry,
  type Plan,
  type PlanRevision,
  type PlanRevisionRow,
} from '../db/schema/index.js';
import { ownedBy, type Actor } from './ownership.js';

/** Revision metadata (without the plan JSON), for lists. */
export const revisionMeta = {
  id: planRevisions.id,
  number: planRevisions.number,
  baseRevision: planRevisions.baseRevision,
  idempotencyKey: planRevisions.idempotencyKey,
  completeness: planRevisions.completeness,
  findingsSummary: planRevisions.findingsSummary,
  createdBy: planRevisions.createdBy,
  createdAt: planRevisions.createdAt,
};

export type RevisionMeta = Pick<PlanRevision, keyof typeof revisionMeta>;

/** A revision to store (its plan goes as the list of its parts' hashes). */
export interface RevisionWrite {
  number: number;
  baseRevision: number;
  idempotencyKey: string;
  requestHash: string;
  findingsSummary: FindingsSummary;
  completeness: number;
  createdBy: number | null;
  createdAt: Date;
}

/** A part to store: its hash, its canonical JSON, whether it is the plan-level rest, and its row counts. */
export interface PartRow {
  hash: string;
  body: string;
  rest: boolean;
  indicators: number;
  tasks: number;
}

/** A part a list names that the request does not carry: the plan must hold it, of the same kind. */
export interface NeededPart {
  hash: string;
  rest: boolean;
}

/** Parts carried by a sync, for the statement: a json array of records (portable across both engines). */
const partsJson = (parts: PartRow[]) => JSON.stringify(parts);

/** Rebuilds a stored revision's plan: kept whole before migration 0006, from its parts since. */
export async function withPlan(tx: DbOrTx, row: PlanRevisionRow): Promise<PlanRevision> {
  const { plan, sections, ...rest } = row;
  if (plan) return { ...rest, plan };
  const list = sections!;
  const found = await tx
    .select({ hash: planSectionBodies.hash, body: planSectionBodies.body })
    .from(planSectionBodies)
    .where(and(eq(planSectionBodies.planId, row.planId), inArray(planSectionBodies.hash, listHashes(list))));
  const parts = new Map(found.map((p) => [p.hash, p.body]));
  const parse = <T>(hash: string): T | undefined => {
    const text = parts.get(hash);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  };
  const restPart = parse<PlanRest>(list.rest);
  if (!restPart) throw new Error(`revision ${row.id}: its rest part ${list.rest} is not stored`);
  return { ...rest, plan: joinPlan(list, restPart, (h) => parse<SectionBody>(h)) };
}

/** Submission metadata (without the .docx bytes). */
export const submissionMeta = {
  id: submissions.id,
  planId: submissions.planId,
  receiptNumber: submissions.receiptNumber,
  fileName: submissions.fileName,
  sha256: submissions.sha256,
  size: submissions.size,
  submittedAt: submissions.submittedAt,
  late: submissions.late,
  completeness: submissions.completeness,
  submittedBy: submissions.submittedBy,
};

/**
 * Plans and their history. Every read is scoped by `ownedBy(plans.agency_id, actor)`:
 * the `scoped` helper below is the only way this repository builds a WHERE clause on plans.
 */
export function plansRepository(db: Db) {
  const scoped = (actor: Actor, ...conds: SQL[]) => and(ownedBy(plans.agencyId, actor), ...conds);

  return {
    /** The actor's own plan in a round (agency users only; MST staff have none). */
    async mine(actor: Actor, roundId: number): Promise<Plan | undefined> {
      if (actor.agencyId == null) return undefined;
      const [p] = await db
        .select()
        .from(plans)
        .where(scoped(actor, eq(plans.roundId, roundId), eq(plans.agencyId, actor.agencyId)));
      return p;
    },
    async byId(actor: Actor, id: number): Promise<Plan | undefined> {
      const [p] = await db
        .select()
        .from(plans)
        .where(scoped(actor, eq(plans.id, id)));
      return p;
    },
    /**
     * Finds or creates the actor's plan in a round and locks its row until the
     * transaction ends: concurrent syncs and submissions of one plan run one at a time.
     * With `key`, also returns the revision stored under that idempotency key. That
     * lookup is a separate statement AFTER the lock: under READ COMMITTED it then sees
     * whatever the transaction we waited for committed (a join in the locking
     * statement would read the older snapshot and miss it).
     */
    async lockMine(tx: Tx, actor: Actor, roundId: number, key?: string): Promise<{ plan: Plan; replay: RevisionMeta | undefined }> {
      if (actor.agencyId == null) throw new Error('lockMine needs an agency user');
      const where = scoped(actor, eq(plans.roundId, roundId), eq(plans.agencyId, actor.agencyId));
      let [plan] = await tx.select().from(plans).where(where).for('update');
      if (!plan) {
        await tx
          .insert(plans)
          .values({ roundId, agencyId: actor.agencyId })
          .onConflictDoNothing({ target: [plans.roundId, plans.agencyId] });
        [plan] = await tx.select().from(plans).where(where).for('update');
      }
      if (!key) return { plan: plan!, replay: undefined };
      return { plan: plan!, replay: await this.revisionByKey(tx, actor, plan!.id, key) };
    },
    /** The revision stored under an idempotency key, when the actor may read the plan. */
    async revisionByKey(tx: DbOrTx, actor: Actor, planId: number, key: string): Promise<(RevisionMeta & { requestHash: string | null }) | undefined> {
      const [replay] = await tx
        .select({ ...revisionMeta, requestHash: planRevisions.requestHash })
        .from(planRevisions)
        .innerJoin(plans, eq(plans.id, planRevisions.planId))
        .where(scoped(actor, eq(planRevisions.planId, planId), eq(planRevisions.idempotencyKey, key)));
      return replay;
    },
    /**
     * Parts of the actor's plan in a round that are not stored yet (all of them before
     * the first sync). Parts are never deleted while their plan exists, so a part found
     * here stays stored for the write that follows.
     */
    async partsNotStored(actor: Actor, roundId: number, parts: PartRow[]): Promise<PartRow[]> {
      if (actor.agencyId == null || parts.length === 0) return parts;
      const mine = scoped(actor, eq(plans.roundId, roundId), eq(plans.agencyId, actor.agencyId));
      const stored = await db
        .select({ hash: planSectionBodies.hash })
        .from(planSectionBodies)
        .innerJoin(plans, eq(plans.id, planSectionBodies.planId))
        .where(
          and(
            mine,
            inArray(
              planSectionBodies.hash,
              parts.map((p) => p.hash),
            ),
          ),
        );
      const have = new Set(stored.map((p) => p.hash));
      return parts.filter((p) => !have.has(p.hash));
    },
    /** The needed parts a plan does not hold (or holds as the other kind), by hash. */
    async missingParts(tx: DbOrTx, planId: number, needed: NeededPart[]): Promise<string[]> {
      if (needed.length === 0) return [];
      const result = (await tx.execute(sql`
        select n.hash from json_to_recordset(${JSON.stringify(needed)}::json) as n(hash text, rest boolean)
        where not exists (select 1 from plan_section_bodies b where b.plan_id = ${planId}::int and b.hash = n.hash and b.is_rest = n.rest)`)) as unknown as {
        rows: { hash: string }[];
      };
      return result.rows.map((r) => r.hash);
    },
    /**
     * Stores the next revision of a plan locked by `lockMine` in ONE statement (one
     * round trip instead of five): stores the parts it carries (those already held are
     * skipped), inserts the revision unless its idempotency key is already stored, moves
     * the plan to it, and appends the audit entry. Returns the new revision's id, or
     * undefined when the key was taken (the caller replays it). The statement starts
     * after the lock was granted, so its snapshot includes every sync of this plan that
     * committed before.
     */
    async appendRevision(tx: Tx, plan: Plan, rev: RevisionWrite, list: string, parts: PartRow[], audit: NewAuditEntry): Promise<number | undefined> {
      const at = rev.createdAt.toISOString();
      const result = (await tx.execute(sql`
        with rev as (
          insert into plan_revisions (plan_id, number, base_revision, idempotency_key, request_hash, sections, findings_summary, completeness, created_by, created_at)
          select ${plan.id}::int, ${rev.number}::int, ${rev.baseRevision}::int, ${rev.idempotencyKey}::text, ${rev.requestHash}::text, ${list}::json,
                 ${JSON.stringify(rev.findingsSummary)}::jsonb, ${rev.completeness}::int, ${rev.createdBy}::int, ${at}::timestamptz
          where not exists (select 1 from plan_revisions where plan_id = ${plan.id}::int and idempotency_key = ${rev.idempotencyKey}::text)
          returning id
        ), parts as (
          insert into plan_section_bodies (plan_id, hash, body, is_rest, indicators, tasks)
          select ${plan.id}::int, p.hash, p.body, p.rest, p.indicators, p.tasks
          from json_to_recordset(${partsJson(parts)}::json) as p(hash text, body text, rest boolean, indicators int, tasks int)
          where exists (select 1 from rev)
          on conflict do nothing
        ), upd as (
          update plans set current_revision = ${rev.number}::int, completeness = ${rev.completeness}::int, last_synced_at = ${at}::timestamptz, updated_at = ${at}::timestamptz
          where id = ${plan.id}::int and exists (select 1 from rev)
        ), aud as (
          insert into audit_log (actor_id, action, entity, entity_id, agency_id, details, created_at)
          select ${audit.actorId ?? null}::int, ${audit.action}::text, ${audit.entity}::text, ${audit.entityId ?? null}::text, ${audit.agencyId ?? null}::int,
                 ${JSON.stringify(audit.details ?? {})}::jsonb, ${(audit.createdAt ?? rev.createdAt).toISOString()}::timestamptz
          from rev
        )
        select id from rev`)) as unknown as { rows: { id: number }[] };
      return result.rows[0]?.id;
    },
    /**
     * The usual sync as ONE autocommitted statement (no BEGIN/COMMIT, no separate
     * lock): moves the actor's plan from `rev.baseRevision` to `rev.number`, stores the
     * parts it carries and the revision (as its list of part hashes), and appends the
     * audit entry, but only when the plan exists, takes drafts, is at that base, the
     * key is unused, and every part the request names without carrying is held. The
     * UPDATE is a compare-and-set: a concurrent sync of the same plan holds its row, and
     * once it commits PostgreSQL re-checks the WHERE on the new row version, so this
     * statement then changes nothing. Returns undefined in every other case; the caller
     * then takes the locking path (create, replay, stale, locked, missing parts).
     */
    async syncFast(
      actor: Actor,
      roundId: number,
      rev: RevisionWrite,
      list: string,
      parts: PartRow[],
      needed: NeededPart[],
      details: Record<string, unknown>,
    ): Promise<{ plan: Plan; revisionId: number } | undefined> {
      if (actor.agencyId == null) return undefined;
      const at = rev.createdAt.toISOString();
      const mine = scoped(actor, eq(plans.roundId, roundId), eq(plans.agencyId, actor.agencyId));
      const held = needed.length
        ? sql`and not exists (
              select 1 from json_to_recordset(${JSON.stringify(needed)}::json) as n(hash text, rest boolean)
              where not exists (select 1 from plan_section_bodies b where b.plan_id = plans.id and b.hash = n.hash and b.is_rest = n.rest))`
        : sql``;
      const carried = parts.length
        ? sql`, parts as (
            insert into plan_section_bodies (plan_id, hash, body, is_rest, indicators, tasks)
            select upd.id, p.hash, p.body, p.rest, p.indicators, p.tasks
            from upd, json_to_recordset(${partsJson(parts)}::json) as p(hash text, body text, rest boolean, indicators int, tasks int)
            on conflict do nothing
          )`
        : sql``;
      const result = (await db.execute(sql`
        with upd as (
          update plans set current_revision = ${rev.number}::int, completeness = ${rev.completeness}::int, last_synced_at = ${at}::timestamptz, updated_at = ${at}::timestamptz
          where ${mine} and current_revision = ${rev.baseRevision}::int and status not in ('submitted', 'accepted')
            and not exists (select 1 from plan_revisions r where r.plan_id = plans.id and r.idempotency_key = ${rev.idempotencyKey}::text)
            ${held}
          returning id, round_id, agency_id, status, late,
            (extract(epoch from submitted_at) * 1000)::float8 as submitted_ms, (extract(epoch from created_at) * 1000)::float8 as created_ms
        )${carried}, rev as (
          insert into plan_revisions (plan_id, number, base_revision, idempotency_key, request_hash, sections, findings_summary, completeness, created_by, created_at)
          select upd.id, ${rev.number}::int, ${rev.baseRevision}::int, ${rev.idempotencyKey}::text, ${rev.requestHash}::text, ${list}::json,
                 ${JSON.stringify(rev.findingsSummary)}::jsonb, ${rev.completeness}::int, ${rev.createdBy}::int, ${at}::timestamptz
          from upd
          returning id
        ), aud as (
          insert into audit_log (actor_id, action, entity, entity_id, agency_id, details, created_at)
          select ${rev.createdBy}::int, 'plan.draft_synced', 'plan', upd.id::text, upd.agency_id, ${JSON.stringify(details)}::jsonb, ${at}::timestamptz
          from upd
        )
        select upd.*, rev.id as revision_id from upd, rev`)) as unknown as {
        rows: {
          id: number;
          round_id: number;
          agency_id: number;
          status: Plan['status'];
          late: boolean;
          submitted_ms: number | null;
          created_ms: number;
          revision_id: number;
        }[];
      };
      const r = result.rows[0];
      if (!r) return undefined;
      const plan: Plan = {
        id: r.id,
        roundId: r.round_id,
        agencyId: r.agency_id,
        status: r.status,
        currentRevision: rev.number,
        completeness: rev.completeness,
        lastSyncedAt: rev.createdAt,
        submittedAt: r.submitted_ms == null ? null : new Date(r.submitted_ms),
        late: r.late,
        createdAt: new Date(r.created_ms),
        updatedAt: rev.createdAt,
      };
      return { plan, revisionId: r.revision_id };
    },
    /** Locks a plan the actor may read, by id (reviews). */
    async lockById(tx: Tx, actor: Actor, id: number): Promise<Plan | undefined> {
      const [p] = await tx
        .select()
        .from(plans)
        .where(scoped(actor, eq(plans.id, id)))
        .for('update');
      return p;
    },
    /** A revision of a plan the actor may read, with its plan (rebuilt from its parts when stored as hashes). */
    async revision(actor: Actor, planId: number, number: number, tx: DbOrTx = db): Promise<PlanRevision | undefined> {
      const [r] = await tx
        .select({ revision: planRevisions })
        .from(planRevisions)
        .innerJoin(plans, eq(plans.id, planRevisions.planId))
        .where(scoped(actor, eq(planRevisions.planId, planId), eq(planRevisions.number, number)));
      return r && withPlan(tx, r.revision);
    },
    async submissionByKey(actor: Actor, planId: number, key: string, tx: DbOrTx = db) {
      const [r] = await tx
        .select({ ...submissionMeta, requestHash: submissions.requestHash })
        .from(submissions)
        .innerJoin(plans, eq(plans.id, submissions.planId))
        .where(scoped(actor, eq(submissions.planId, planId), eq(submissions.idempotencyKey, key)));
      return r;
    },
    async revisions(actor: Actor, planId: number) {
      return db
        .select(revisionMeta)
        .from(planRevisions)
        .innerJoin(plans, eq(plans.id, planRevisions.planId))
        .where(scoped(actor, eq(planRevisions.planId, planId)))
        .orderBy(asc(planRevisions.number));
    },
    async submissions(actor: Actor, planId: number, tx: DbOrTx = db) {
      return tx
        .select({ ...submissionMeta, findings: submissions.findings })
        .from(submissions)
        .innerJoin(plans, eq(plans.id, submissions.planId))
        .where(scoped(actor, eq(submissions.planId, planId)))
        .orderBy(desc(submissions.submittedAt), desc(submissions.id));
    },
    async reviews(actor: Actor, planId: number) {
      return db
        .select({ review: reviews })
        .from(reviews)
        .innerJoin(plans, eq(plans.id, reviews.planId))
        .where(scoped(actor, eq(reviews.planId, planId)))
        .orderBy(desc(reviews.createdAt), desc(reviews.id))
        .then((rows) => rows.map((r) => r.review));
    },
    /** A submission with its bytes, when the actor may read it. */
    async submissionFile(actor: Actor, id: number) {
      const [r] = await db
        .select({ fileName: submissions.fileName, docx: submissions.docx, sha256: submissions.sha256 })
        .from(submissions)
        .innerJoin(plans, eq(plans.id, submissions.planId))
        .where(scoped(actor, eq(submissions.id, id)));
      return r;
    },
  };
}
export type PlansRepository = ReturnType<typeof plansRepository>;
