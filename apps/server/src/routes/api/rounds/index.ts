import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../../../api/http.js';
import { toRound } from '../../../api/mappers.js';
import { CurrentRoundSchema } from '@cds/api';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';

/** The current reporting round, with the catalogue as it applies to the caller's agency. */
const rounds: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/current', {
    onRequest: [fastify.authenticate],
    schema: { tags: ['rounds'], response: { 200: CurrentRoundSchema, ...errors(401, 404) } },
    handler: async (request) => {
      const user = currentUser(request);
      const { rounds: repo, agencies } = fastify.repos;
      const round = await repo.current(fastify.config.now());
      if (!round) throw AppError.of(404, 'NO_CURRENT_ROUND');
      const agency = user.agencyId != null ? await agencies.byId(user.agencyId) : undefined;
      // MST staff see the whole catalogue; agency staff only what is assigned to them.
      const entries = agency ? await repo.catalogFor(round.id, agency) : await repo.catalog(round.id);
      return { ...toRound(round), catalog: { name: round.catalogName, sample: round.catalogSample, entries } };
    },
  });
};
export default rounds;
