import type { FastifyInstance } from 'fastify';
import type { Round } from '../db/schema/index.js';
import { AppError } from '../errors.js';

/** The round named by `roundId`, or the current one; 404 ROUND_NOT_FOUND / NO_CURRENT_ROUND otherwise. */
export async function resolveRound(fastify: FastifyInstance, roundId: number | undefined): Promise<Round> {
  const { rounds } = fastify.repos;
  if (roundId !== undefined) {
    const round = await rounds.byId(roundId);
    if (!round) throw AppError.of(404, 'ROUND_NOT_FOUND');
    return round;
  }
  const round = await rounds.current(fastify.config.now());
  if (!round) throw AppError.of(404, 'NO_CURRENT_ROUND');
  return round;
}
