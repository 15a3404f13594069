import type { DraftBody } from '@cds/api';
import { syntheticPlan } from './plan-data.js';

let n = 0;
/** A valid draft-sync body; override what the test is about. */
export function draftBody(over: Partial<DraftBody> = {}): DraftBody {
  n++;
  return {
    baseRevision: 0,
    idempotencyKey: `sync-key-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`,
    plan: syntheticPlan(3_000),
    findingsSummary: { error: 2, warning: 5, info: 1 },
    completeness: 40,
    ...over,
  };
}
