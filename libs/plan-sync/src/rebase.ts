import type { PlanData } from '@cds/plan';
import { syncMessages as m } from './messages.vi.js';

/** The `current` a 409 STALE_REVISION carries: the server's latest revision and its plan. */
export interface StaleCurrent {
  number?: number;
  createdAt?: string;
  plan?: PlanData;
}

/** Section ids whose text (or presence) differs between the server's plan and ours. */
export function changedSections(theirs: PlanData | undefined, ours: PlanData): string[] {
  if (!theirs) return [];
  const text = (p: PlanData) => new Map(p.sections.map((s) => [s.id, s.text.normalize('NFC').replace(/\s+/g, ' ').trim()]));
  const a = text(theirs);
  const b = text(ours);
  const ids = new Set([...a.keys(), ...b.keys()]);
  return [...ids].filter((id) => a.get(id) !== b.get(id));
}

/** The Vietnamese notice after a rebase: whose revision we built on, what we kept. */
export function rebaseNotice(current: StaleCurrent | null | undefined, currentRevision: number, ours: PlanData, stored: number): string {
  return m.rebased(current?.number ?? currentRevision, stored, current?.createdAt ?? null, changedSections(current?.plan, ours));
}
