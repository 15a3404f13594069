import type { PlanIdentity } from '@cds/word-adapter/sync';
import type { SessionUser } from './deps.js';
import { syncMessages as m } from './messages.vi.js';

/**
 * Why this user may not sync or submit this document, or null when they may: a
 * document stamped with another agency's plan is refused (a copy e-mailed between
 * agencies must never be synced into the wrong plan), as is an account of no agency.
 */
export function identityProblem(identity: PlanIdentity | null, user: SessionUser): string | null {
  if (!user.agency) return m.noAgency;
  if (identity && (identity.agencyId !== user.agency.id || identity.agencyCode !== user.agency.code))
    return m.foreignAgency(identity.agencyName || identity.agencyCode, user.agency.name);
  return null;
}
