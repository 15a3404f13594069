import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { CompareQuerySchema, IdParams, PlanCompareSchema, PlanVersionSchema, VersionRef } from '@cds/api';
import { errors } from '../../../api/http.js';
import { AppError } from '../../../errors.js';
import { currentUser } from '../../../plugins/app/auth.js';
import { comparePlanVersions, planVersion } from '../../../services/plan-versions.js';

/** GET /api/mst/plans/:id/compare?from=r2&to=s7 (what changed, section by section) and /plans/:id/versions/:ref (one version's data). */
const compare: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/plans/:id/compare', {
    onRequest: [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')],
    schema: { tags: ['mst'], params: IdParams, querystring: CompareQuerySchema, response: { 200: PlanCompareSchema, ...errors(400, 401, 403, 404) } },
    handler: async (request) => {
      const result = await comparePlanVersions(fastify.repos, currentUser(request), request.params.id, request.query.from, request.query.to);
      if (result.kind === 'plan_not_found') throw AppError.of(404, 'PLAN_NOT_FOUND');
      if (result.kind === 'version_not_found') throw AppError.of(404, 'NOT_FOUND', { ref: result.ref });
      return result.compare;
    },
  });

  fastify.get('/plans/:id/versions/:ref', {
    onRequest: [fastify.authenticate, fastify.authorize('mst_reviewer', 'admin')],
    schema: {
      tags: ['mst'],
      params: z.object({ id: IdParams.shape.id, ref: VersionRef }),
      response: { 200: PlanVersionSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const v = await planVersion(fastify.repos, currentUser(request), request.params.id, request.params.ref);
      if (!v) throw AppError.of(404, 'NOT_FOUND');
      return v;
    },
  });
};
export default compare;
