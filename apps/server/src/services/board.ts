import type * as z from 'zod';
import type { BoardTotalsSchema, BoardViewRowSchema } from '@cds/api';
import { BOARD_STATUSES } from '@cds/api';
import type { BoardViewQuery, BoardViewRow } from '../repositories/board-view.js';
import type { Actor } from '../repositories/ownership.js';
import type { Repositories } from '../plugins/app/repositories.js';
import { lookupRound, type RoundLookup } from './round-lookup.js';

type BoardRow = z.infer<typeof BoardViewRowSchema>;
type BoardTotals = z.infer<typeof BoardTotalsSchema>;

const isoOf = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const toRow = (r: BoardViewRow): BoardRow => ({
  agency: { id: r.agency_id, code: r.code, name: r.name, kind: r.kind },
  planId: r.plan_id,
  status: r.status,
  completeness: r.completeness,
  currentRevision: r.current_revision,
  findings: { error: r.errors, warning: r.warnings, info: r.infos },
  lastSyncedAt: isoOf(r.last_synced_at),
  submittedAt: isoOf(r.submitted_at),
  late: r.late,
});

export type BoardPageResult = Exclude<RoundLookup, { kind: 'ok' }> | { kind: 'ok'; roundId: number; total: number; items: BoardRow[] };

/** One page of the board for the round asked (or the current one). */
export async function boardPage(
  repos: Repositories,
  actor: Actor,
  q: Omit<BoardViewQuery, 'roundId'> & { roundId?: number | undefined },
  now: Date,
): Promise<BoardPageResult> {
  const found = await lookupRound(repos.rounds, q.roundId, now);
  if (found.kind !== 'ok') return found;
  const rows = await repos.mst.boardView(actor, { ...q, roundId: found.round.id });
  // The window count rides on each row; an empty page past the end says nothing, so ask for the first row.
  const total =
    rows[0]?.total ?? (q.page > 1 ? ((await repos.mst.boardView(actor, { ...q, roundId: found.round.id, page: 1, pageSize: 1 }))[0]?.total ?? 0) : 0);
  return { kind: 'ok', roundId: found.round.id, total, items: rows.map(toRow) };
}

export type BoardTotalsResult = Exclude<RoundLookup, { kind: 'ok' }> | { kind: 'ok'; totals: BoardTotals };

/** The counts at the top of the board. */
export async function boardTotals(repos: Repositories, actor: Actor, roundId: number | undefined, now: Date): Promise<BoardTotalsResult> {
  const found = await lookupRound(repos.rounds, roundId, now);
  if (found.kind !== 'ok') return found;
  const { round } = found;
  const t = await repos.mst.boardTotals(actor, round.id);
  const byStatus = Object.fromEntries(BOARD_STATUSES.map((s) => [s, t[s]])) as BoardTotals['byStatus'];
  return {
    kind: 'ok',
    totals: {
      round: { id: round.id, name: round.name, deadline: round.deadline.toISOString(), latePolicy: round.latePolicy },
      agencies: t.agencies,
      byStatus,
      submitted: t.ever_submitted,
      late: t.late,
      notStarted: t.not_started,
      lastSyncedAt: isoOf(t.last_synced_at),
    },
  };
}
