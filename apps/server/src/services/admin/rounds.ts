import type { RoundBodySchema, RoundPatchSchema } from '@cds/api';
import type * as z from 'zod';
import type { Round } from '../../db/schema/index.js';
import { formatMessages } from '../../messages.vi.js';
import { recordAudit } from '../../repositories/audit.js';
import type { Actor } from '../../repositories/ownership.js';
import { changedFields } from '../changed-fields.js';
import type { ServiceDeps } from '../deps.js';
import { vietnamYear } from '../plan-year.js';
import { refuse, type Refusal } from '../result.js';
import { findTemplate } from '@cds/template';

export type RoundResult = { kind: 'ok'; round: Round } | Refusal;

/** Admin: reporting rounds (the template and plan year stay as created; dates and policy change). */
export function adminRoundsService({ db, repos }: ServiceDeps) {
  return {
    list: () => repos.rounds.list(),

    async get(id: number): Promise<RoundResult> {
      const round = await repos.rounds.byId(id);
      return round ? { kind: 'ok', round } : refuse('ROUND_NOT_FOUND');
    },

    async create(actor: Actor, b: z.output<typeof RoundBodySchema>): Promise<RoundResult> {
      if (!findTemplate(b.templateVersion)) {
        return refuse(
          'VALIDATION_FAILED',
          { issues: [{ path: 'body.templateVersion', message: formatMessages.unknownTemplate(b.templateVersion) }] },
          formatMessages.unknownTemplate(b.templateVersion),
        );
      }
      const opensAt = new Date(b.opensAt);
      const deadline = new Date(b.deadline);
      if (deadline <= opensAt) return refuse('DEADLINE_BEFORE_OPEN');
      const round = await db.transaction(async (tx) => {
        const r = await repos.rounds.create(
          { name: b.name, templateVersion: b.templateVersion, year: b.year ?? vietnamYear(deadline), opensAt, deadline, latePolicy: b.latePolicy },
          tx,
        );
        await recordAudit(tx, {
          actorId: actor.userId,
          action: 'round.created',
          entity: 'round',
          entityId: String(r.id),
          details: { name: r.name, year: r.year },
        });
        return r;
      });
      return { kind: 'ok', round };
    },

    /** Changes name, dates or late policy under the round's lock; audits only what changed. */
    async update(actor: Actor, id: number, b: z.output<typeof RoundPatchSchema>): Promise<RoundResult> {
      const next = {
        name: b.name,
        opensAt: b.opensAt === undefined ? undefined : new Date(b.opensAt),
        deadline: b.deadline === undefined ? undefined : new Date(b.deadline),
        latePolicy: b.latePolicy,
      };
      const result = await db.transaction(async (tx): Promise<RoundResult> => {
        const before = await repos.rounds.lockForUpdate(id, tx);
        if (!before) return refuse('ROUND_NOT_FOUND');
        if ((next.deadline ?? before.deadline) <= (next.opensAt ?? before.opensAt)) return refuse('DEADLINE_BEFORE_OPEN');
        const changes = changedFields(before, next);
        if (Object.keys(changes).length === 0) return { kind: 'ok', round: before };
        const round = (await repos.rounds.update(before.id, next, tx))!;
        await recordAudit(tx, { actorId: actor.userId, action: 'round.updated', entity: 'round', entityId: String(round.id), details: { changes } });
        return { kind: 'ok', round };
      });
      repos.rounds.invalidate();
      return result;
    },
  };
}
