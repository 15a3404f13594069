import type { CatalogEntry } from '@cds/plan';
import type { Round } from '../db/schema/index.js';
import type { Actor } from '../repositories/ownership.js';
import type { ServiceDeps } from './deps.js';
import { refuse, type Refusal } from './result.js';

/** The current round, with its catalogue as it applies to the actor. */
export function roundsService({ repos, config }: ServiceDeps) {
  return {
    async current(actor: Actor): Promise<{ kind: 'ok'; round: Round; entries: CatalogEntry[] } | Refusal> {
      const round = await repos.rounds.current(config.now());
      if (!round) return refuse('NO_CURRENT_ROUND');
      const agency = actor.agencyId != null ? await repos.agencies.byId(actor.agencyId) : undefined;
      // MST staff see the whole catalogue; agency staff only what is assigned to them.
      const entries = agency ? await repos.rounds.catalogFor(round.id, agency) : await repos.rounds.catalog(round.id);
      return { kind: 'ok', round, entries };
    },
  };
}
