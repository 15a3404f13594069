import fp from 'fastify-plugin';
import type { ServiceDeps } from '../../services/deps.js';
import { plansService, type PlansService } from '../../services/plans.js';

export interface Services {
  plans: PlansService;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The application's services: routes parse, call one of these, and map its result. */
    services: Services;
  }
}

/** Builds every service from the app's database, repositories, config, checker and password manager. */
export default fp(
  async (fastify) => {
    const deps: ServiceDeps = { db: fastify.db, repos: fastify.repos, config: fastify.config, checker: fastify.checker, passwords: fastify.passwords };
    fastify.decorate('services', {
      plans: plansService(deps),
    });
  },
  { name: 'services', dependencies: ['db', 'repositories', 'checker', 'passwords'] },
);
