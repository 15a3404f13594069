import type { PlanStatus } from '@cds/api';
import type { SessionUser } from './deps.js';
import { syncMessages as m } from './messages.vi.js';

/** Whether this user may submit now, and if not, the reason the submit button shows. */
export function submitPermission(user: SessionUser, status: PlanStatus | null): { allowed: true } | { allowed: false; reason: string } {
  if (!user.agency) return { allowed: false, reason: m.notAgencyUser };
  if (user.role === 'drafter') return { allowed: false, reason: m.drafterCannotSubmit };
  if (user.role !== 'submitter') return { allowed: false, reason: m.notAgencyUser };
  if (status === 'submitted') return { allowed: false, reason: m.alreadySubmitted };
  if (status === 'accepted') return { allowed: false, reason: m.accepted };
  return { allowed: true };
}
