import type { AgencyBodySchema, AgencyPatchSchema } from '@cds/api';
import type * as z from 'zod';
import type { Agency } from '../../db/schema/index.js';
import { isCodeConflict } from '../../repositories/agencies.js';
import { recordAudit } from '../../repositories/audit.js';
import type { Actor } from '../../repositories/ownership.js';
import { changedFields } from '../changed-fields.js';
import type { ServiceDeps } from '../deps.js';
import { refuse, type Refusal } from '../result.js';

export type AgencyResult = { kind: 'ok'; agency: Agency } | Refusal;

/** The unique code caught by the database (a concurrent write won): the same refusal as the check. */
const codeTaken = (e: unknown): Refusal => {
  if (isCodeConflict(e)) return refuse('AGENCY_CODE_TAKEN');
  throw e;
};

/** Admin: the agencies that submit plans. Codes are unique whatever their case. */
export function adminAgenciesService({ db, repos }: ServiceDeps) {
  const { agencies } = repos;
  return {
    list: () => agencies.list(),

    async create(actor: Actor, body: z.output<typeof AgencyBodySchema>): Promise<AgencyResult> {
      if (await agencies.codeTaken(body.code)) return refuse('AGENCY_CODE_TAKEN');
      return db
        .transaction(async (tx): Promise<AgencyResult> => {
          const agency = await agencies.create(body, tx);
          await recordAudit(tx, {
            actorId: actor.userId,
            action: 'agency.created',
            entity: 'agency',
            entityId: String(agency.id),
            agencyId: agency.id,
            details: { code: agency.code },
          });
          return { kind: 'ok', agency };
        })
        .catch(codeTaken);
    },

    /** Code, name, category; the kind only while the agency has no plan in any round. */
    async update(actor: Actor, id: number, body: z.output<typeof AgencyPatchSchema>): Promise<AgencyResult> {
      return db
        .transaction(async (tx): Promise<AgencyResult> => {
          // Locked: no plan can be created for the agency while its kind is being checked and changed.
          const before = await agencies.lockForUpdate(id, tx);
          if (!before) return refuse('AGENCY_NOT_FOUND');
          const changes = changedFields(before, body);
          if (Object.keys(changes).length === 0) return { kind: 'ok', agency: before };
          if (changes.code && (await agencies.codeTaken(body.code!, before.id, tx))) return refuse('AGENCY_CODE_TAKEN');
          // The rules already ran on its plans with the old kind (assigned indicators, sections).
          if (changes.kind && (await agencies.hasPlans(before.id, actor, tx))) return refuse('AGENCY_KIND_LOCKED');
          const agency = (await agencies.update(before.id, body, tx))!;
          await recordAudit(tx, {
            actorId: actor.userId,
            action: 'agency.updated',
            entity: 'agency',
            entityId: String(agency.id),
            agencyId: agency.id,
            details: { changes },
          });
          return { kind: 'ok', agency };
        })
        .catch(codeTaken);
    },
  };
}
