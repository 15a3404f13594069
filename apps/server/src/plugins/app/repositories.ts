import fp from 'fastify-plugin';
import { agenciesRepository, type AgenciesRepository } from '../../repositories/agencies.js';
import { mstRepository, type MstRepository } from '../../repositories/mst.js';
import { plansRepository, type PlansRepository } from '../../repositories/plans.js';
import { roundsRepository, type RoundsRepository } from '../../repositories/rounds.js';
import { usersRepository, type UsersRepository } from '../../repositories/users.js';

export interface Repositories {
  users: UsersRepository;
  agencies: AgenciesRepository;
  rounds: RoundsRepository;
  plans: PlansRepository;
  mst: MstRepository;
}

declare module 'fastify' {
  interface FastifyInstance {
    repos: Repositories;
  }
}

/** One repository per domain, all on the same database. */
export default fp(
  async (fastify) => {
    const db = fastify.db;
    fastify.decorate('repos', {
      users: usersRepository(db, fastify.config.cacheTtlMs),
      agencies: agenciesRepository(db),
      rounds: roundsRepository(db, fastify.config.cacheTtlMs),
      plans: plansRepository(db),
      mst: mstRepository(db),
    });
  },
  { name: 'repositories', dependencies: ['db'] },
);
