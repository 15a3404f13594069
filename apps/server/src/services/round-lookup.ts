import type { Round } from '../db/schema/index.js';
import { AppError } from '../errors.js';
import type { RoundsRepository } from '../repositories/rounds.js';

export type RoundLookup = { kind: 'ok'; round: Round } | { kind: 'round_not_found' } | { kind: 'no_current_round' };

/** The round named by `roundId`, or the current one. */
export async function lookupRound(rounds: RoundsRepository, roundId: number | undefined, now: Date): Promise<RoundLookup> {
  if (roundId !== undefined) {
    const round = await rounds.byId(roundId);
    return round ? { kind: 'ok', round } : { kind: 'round_not_found' };
  }
  const round = await rounds.current(now);
  return round ? { kind: 'ok', round } : { kind: 'no_current_round' };
}

/** The HTTP answer of a failed lookup, for route files. */
export const roundLookupError = (r: Exclude<RoundLookup, { kind: 'ok' }>) =>
  r.kind === 'round_not_found' ? AppError.of(404, 'ROUND_NOT_FOUND') : AppError.of(404, 'NO_CURRENT_ROUND');
