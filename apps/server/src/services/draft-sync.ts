import type { Db } from '../db/client.js';
import type { DraftRequest } from '@cds/api';
import { createHash } from 'node:crypto';
import { canonicalJson, splitPlan, type PlanRest, type SectionBody, type SectionList } from '@cds/plan';
import type { Plan, PlanRevision } from '../db/schema/index.js';
import type { Actor } from '../repositories/ownership.js';
import type { NeededPart, PartRow, PlansRepository, RevisionMeta, RevisionWrite } from '../repositories/plans.js';
import { checkPlanTemplate, type FieldIssue } from './plan-template-check.js';
import { requestHash, sameRequest } from './request-hash.js';

export type { RevisionMeta };

/**
 * A sync, ready to store: the revision as its list of part hashes, the parts the request
 * carries (hashed here: a client's hash is never trusted), and the listed parts it does
 * not carry, which the plan must already hold.
 *
 * Why the client sends every hash plus the bodies its base revision lacked, instead of
 * asking the server which hashes it lacks: a settled edit always changes at least one
 * body, so asking first would cost every sync two round trips (and the answer could be
 * stale by the second). The client knows what its base revision held; a body the server
 * still lacks (another copy of the document, a lost answer) is rare, and answered 409
 * SECTIONS_MISSING, after which the client sends the whole plan once.
 */
export interface PreparedDraft {
  list: SectionList;
  /** The list as stored (canonical JSON). */
  listText: string;
  parts: PartRow[];
  needed: NeededPart[];
  /** The whole-plan form: its parts are filtered against the stored ones before the write. */
  whole: boolean;
  /** Same content, same hash, whichever form carried it: a retry may switch forms and still replay. */
  requestHash: string;
}

const rowCount = (part: { indicators?: unknown[] | undefined; tasks?: unknown[] | undefined }) => ({
  indicators: part.indicators?.length ?? 0,
  tasks: part.tasks?.length ?? 0,
});

/** The shared hash (@cds/plan sha256Text), computed natively: the same digest, without the pure-JS cost on every sync. */
const sha256Native = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function partRow(part: PlanRest | SectionBody, rest: boolean, text = canonicalJson(part), hash = sha256Native(text)): PartRow {
  return { hash, body: text, rest, ...rowCount(part) };
}

/**
 * The round's template check, on what the request carries: the whole plan, or the
 * parts it carries (a part already held was checked when it was first stored, on this
 * plan and so this round's template).
 */
export function draftTemplateIssues(body: DraftRequest, roundTemplate: string): FieldIssue[] {
  if (body.plan) return checkPlanTemplate(body.plan, roundTemplate);
  const rest = body.parts?.rest;
  const bodies = body.parts?.bodies ?? [];
  return checkPlanTemplate(
    {
      templateVersion: rest?.templateVersion ?? roundTemplate,
      agency: rest?.agency ?? { name: null, kind: null },
      sections: bodies.map((b) => b.section),
      indicators: [],
      tasks: [...(rest?.tasks ?? []), ...bodies.flatMap((b) => b.tasks ?? [])],
      projects2025: [],
      ignores: [...(rest?.ignores ?? []), ...bodies.flatMap((b) => b.ignores ?? [])],
    },
    roundTemplate,
    'body.parts',
  );
}

export function prepareDraft(body: DraftRequest): PreparedDraft {
  let list: SectionList;
  let parts: PartRow[];
  const needed: NeededPart[] = [];
  if (body.plan) {
    const split = splitPlan(body.plan, sha256Native);
    list = split.list;
    parts = [partRow(split.rest, true, split.texts.get(list.rest), list.rest)];
    for (const [hash, b] of split.bodies) parts.push(partRow(b, false, split.texts.get(hash), hash));
  } else {
    list = body.sections!;
    const sectionHashes = new Set(list.sections.map((s) => s.hash));
    // The rest and the section bodies are matched by kind: a body posing as the rest (or the reverse) is not carried.
    const rest = body.parts?.rest && partRow(body.parts.rest, true);
    const restCarried = rest !== undefined && rest.hash === list.rest;
    const carried = new Map<string, PartRow>();
    for (const b of body.parts?.bodies ?? []) {
      const row = partRow(b, false);
      // A body the list does not name as a section is not stored.
      if (sectionHashes.has(row.hash) && !carried.has(row.hash)) carried.set(row.hash, row);
    }
    parts = [...(restCarried ? [rest] : []), ...carried.values()];
    if (!restCarried) needed.push({ hash: list.rest, rest: true });
    for (const h of sectionHashes) if (!carried.has(h)) needed.push({ hash: h, rest: false });
  }
  const listText = canonicalJson(list);
  const hash = requestHash(String(body.baseRevision), listText, JSON.stringify(body.findingsSummary), String(body.completeness));
  return { list, listText, parts, needed, whole: body.plan !== undefined, requestHash: hash };
}

/** What a sync carries: the request's fields besides the plan, and the plan prepared as parts. */
export type DraftInput = Pick<DraftRequest, 'baseRevision' | 'idempotencyKey' | 'findingsSummary' | 'completeness'> & { prepared: PreparedDraft };

export type DraftResult =
  | { kind: 'created' | 'replayed'; plan: Plan; revision: RevisionMeta }
  /** The client's base is not the latest revision: it must merge with `current`. */
  | { kind: 'stale'; plan: Plan; current: PlanRevision | undefined }
  /** Submitted or accepted plans take no drafts until MST returns them. */
  | { kind: 'locked'; plan: Plan }
  /** The sectioned form named parts the plan does not hold: nothing stored; the client sends the whole plan. */
  | { kind: 'missing'; plan: Plan; missing: string[] }
  /** The idempotency key was used before with another body: nothing stored, nothing replayed. */
  | { kind: 'refused'; code: 'IDEMPOTENCY_KEY_REUSED' };

/**
 * Stores a new revision of the actor's plan. The usual sync (plan exists, at the
 * client's base, key unused, every part it names held or carried) is one
 * compare-and-set statement (`syncFast`). Anything else takes the locking path: the
 * plan row is locked for the whole transaction and the idempotency key is checked
 * after taking the lock, so N concurrent retries of one sync make exactly one revision
 * (the others replay it), and of two syncs on one base exactly one wins.
 */
export async function syncDraft(db: Db, repo: PlansRepository, actor: Actor, roundId: number, input: DraftInput, now: Date): Promise<DraftResult> {
  const { prepared } = input;
  const revision: RevisionWrite = {
    number: input.baseRevision + 1,
    baseRevision: input.baseRevision,
    idempotencyKey: input.idempotencyKey,
    requestHash: prepared.requestHash,
    findingsSummary: input.findingsSummary,
    completeness: input.completeness,
    createdBy: actor.userId,
    createdAt: now,
  };
  const details = { revision: revision.number, baseRevision: input.baseRevision, completeness: input.completeness };
  const { requestHash: _hash, ...meta } = revision;
  // The whole form carries every part: send the database only those it lacks (old clients pay one more round trip).
  const parts = prepared.whole ? await repo.partsNotStored(actor, roundId, prepared.parts) : prepared.parts;
  // Usual case first: one statement, no transaction round trips (see syncFast).
  const fast = await repo.syncFast(actor, roundId, revision, prepared.listText, parts, prepared.needed, details);
  if (fast) return { kind: 'created', plan: fast.plan, revision: { id: fast.revisionId, ...meta } };

  return db.transaction(async (tx) => {
    // Lock first, without the key lookup: on the usual path the key is checked by the
    // write statement itself (appendRevision), which saves a round trip.
    const { plan } = await repo.lockMine(tx, actor, roundId);
    // A stored key replays only for the same body (IETF Idempotency-Key): another body is refused.
    const replayOf = async (): Promise<DraftResult | undefined> => {
      const stored = await repo.revisionByKey(tx, actor, plan.id, input.idempotencyKey);
      if (!stored) return undefined;
      const { requestHash, ...revision } = stored;
      return sameRequest(requestHash, prepared.requestHash) ? { kind: 'replayed', plan, revision } : { kind: 'refused', code: 'IDEMPOTENCY_KEY_REUSED' };
    };
    if (plan.status === 'submitted' || plan.status === 'accepted' || input.baseRevision !== plan.currentRevision) {
      // A retry of a sync that already went through sees a newer base: replay it first.
      const replay = await replayOf();
      if (replay) return replay;
      if (plan.status === 'submitted' || plan.status === 'accepted') return { kind: 'locked', plan };
      const current = plan.currentRevision > 0 ? await repo.revision(actor, plan.id, plan.currentRevision, tx) : undefined;
      return { kind: 'stale', plan, current };
    }
    const missing = await repo.missingParts(tx, plan.id, prepared.needed);
    if (missing.length) return (await replayOf()) ?? { kind: 'missing', plan, missing };
    const id = await repo.appendRevision(tx, plan, revision, prepared.listText, parts, {
      actorId: actor.userId,
      action: 'plan.draft_synced',
      entity: 'plan',
      entityId: String(plan.id),
      agencyId: plan.agencyId,
      details,
      createdAt: now,
    });
    if (id === undefined) {
      const replay = await replayOf();
      if (!replay) throw new Error('idempotency key taken but its revision is not readable');
      return replay;
    }
    return {
      kind: 'created',
      plan: { ...plan, currentRevision: revision.number, completeness: input.completeness, lastSyncedAt: now, updatedAt: now },
      revision: { id, ...meta },
    };
  });
}
