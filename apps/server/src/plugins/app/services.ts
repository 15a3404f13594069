import fp from 'fastify-plugin';
import { adminAgenciesService } from '../../services/admin/agencies.js';
import { adminCatalogService } from '../../services/admin/catalog.js';
import { adminRoundsService } from '../../services/admin/rounds.js';
import { adminUsersService } from '../../services/admin/users.js';
import { authService, type AuthService } from '../../services/auth.js';
import type { ServiceDeps } from '../../services/deps.js';
import { plansService } from '../../services/plans.js';
import { roundsService } from '../../services/rounds.js';
import { submissionsService } from '../../services/submissions.js';

export interface Services {
  auth: AuthService;
  rounds: ReturnType<typeof roundsService>;
  plans: ReturnType<typeof plansService>;
  submissions: ReturnType<typeof submissionsService>;
  adminRounds: ReturnType<typeof adminRoundsService>;
  adminAgencies: ReturnType<typeof adminAgenciesService>;
  adminUsers: ReturnType<typeof adminUsersService>;
  adminCatalog: ReturnType<typeof adminCatalogService>;
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
      auth: await authService(deps),
      rounds: roundsService(deps),
      plans: plansService(deps),
      submissions: submissionsService(deps),
      adminRounds: adminRoundsService(deps),
      adminAgencies: adminAgenciesService(deps),
      adminUsers: adminUsersService(deps),
      adminCatalog: adminCatalogService(deps),
    } satisfies Services);
  },
  { name: 'services', dependencies: ['db', 'repositories', 'checker', 'passwords'] },
);
