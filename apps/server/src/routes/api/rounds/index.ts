import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CurrentRoundSchema } from '@cds/api';
import { errors } from '../../../api/http.js';
import { toRound } from '../../../api/mappers.js';
import { refusalError } from '../../../api/refusal.js';
import { currentUser } from '../../../plugins/app/auth.js';

/** The current reporting round, with the catalogue as it applies to the caller's agency. */
const rounds: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/current', {
    schema: { tags: ['rounds'], response: { 200: CurrentRoundSchema, ...errors(401, 404) } },
    handler: async (request) => {
      const r = await fastify.services.rounds.current(currentUser(request));
      if (r.kind === 'refused') throw refusalError(r);
      return { ...toRound(r.round), catalog: { name: r.round.catalogName, sample: r.round.catalogSample, entries: r.entries } };
    },
  });
};
export default rounds;
