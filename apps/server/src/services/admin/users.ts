import type { PasswordBodySchema, UserBodySchema, UserPatchSchema } from '@cds/api';
import type * as z from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { UserRole } from '../../db/schema/index.js';
import { recordAudit } from '../../repositories/audit.js';
import type { Actor } from '../../repositories/ownership.js';
import type { PublicUser, UserChanges } from '../../repositories/users.js';
import { changedFields } from '../changed-fields.js';
import type { ServiceDeps } from '../deps.js';
import { refuse, refuseInput, type Refusal } from '../result.js';

export type UserResult = { kind: 'ok'; user: PublicUser } | Refusal;

const isAgencyRole = (role: UserRole) => role === 'drafter' || role === 'submitter';

/** Admin: accounts. Agency staff need an agency; MST staff have none; nobody locks themselves out. */
export function adminUsersService({ db, repos, config, passwords }: ServiceDeps) {
  const { users, agencies } = repos;

  /** The same role/agency rules for creating and editing an account. */
  async function roleAgencyProblem(role: UserRole, agencyId: number | null, tx?: DbOrTx): Promise<Refusal | undefined> {
    if (isAgencyRole(role) && agencyId == null) return refuse('AGENCY_REQUIRED');
    if (!isAgencyRole(role) && agencyId != null) return refuse('MST_HAS_NO_AGENCY');
    if (agencyId != null && !(await agencies.byId(agencyId, tx))) return refuseInput('AGENCY_NOT_FOUND');
    return undefined;
  }

  return {
    list: () => users.list(),

    async create(actor: Actor, b: z.output<typeof UserBodySchema>): Promise<UserResult> {
      const problem = await roleAgencyProblem(b.role, b.agencyId);
      if (problem) return problem;
      if (await users.byEmail(b.email)) return refuse('EMAIL_TAKEN');
      const passwordHash = await passwords.hash(b.password);
      try {
        const user = await db.transaction(async (tx) => {
          const u = await users.create({ email: b.email, name: b.name, role: b.role, agencyId: b.agencyId, passwordHash }, tx);
          await recordAudit(tx, {
            actorId: actor.userId,
            action: 'user.created',
            entity: 'user',
            entityId: String(u.id),
            agencyId: u.agencyId,
            details: { email: u.email, role: u.role },
          });
          return u;
        });
        return { kind: 'ok', user: (await users.publicById(user.id))! };
      } catch (e) {
        // Two admins creating one e-mail at once: both passed the check above.
        if (isUniqueViolation(e, 'users_email_unique')) return refuse('EMAIL_TAKEN');
        throw e;
      }
    },

    /**
     * Name, role, agency (creation's rules) or disabled. Disabling, a role or an agency
     * change ends the account's sessions. Both rows are locked: two admins demoting each
     * other at once run one after the other.
     */
    async update(actor: Actor, id: number, b: z.output<typeof UserPatchSchema>): Promise<UserResult> {
      const result = await db.transaction(async (tx): Promise<Refusal | { kind: 'done'; changed: boolean }> => {
        const locked = await users.lockForUpdate([id, actor.userId], tx);
        const before = locked.find((u) => u.id === id);
        if (!before) return refuse('USER_NOT_FOUND');
        const self = locked.find((u) => u.id === actor.userId);
        // The actor may have been demoted or disabled since their request was authenticated.
        if (!self || self.role !== 'admin' || self.disabledAt) return refuse('FORBIDDEN');
        if (id === actor.userId && (b.disabled === true || (b.role !== undefined && b.role !== 'admin'))) return refuse('SELF_LOCKOUT');

        const next: UserChanges = {
          name: b.name,
          role: b.role,
          agencyId: b.agencyId,
          disabledAt: b.disabled === undefined || b.disabled === (before.disabledAt != null) ? undefined : b.disabled ? config.now() : null,
        };
        const { disabledAt, ...changes } = changedFields(before, next);
        if (disabledAt) changes.disabled = { from: before.disabledAt != null, to: next.disabledAt != null };
        if (Object.keys(changes).length === 0) return { kind: 'done', changed: false };
        const agencyId = next.agencyId === undefined ? before.agencyId : next.agencyId;
        if (changes.role || changes.agencyId) {
          const problem = await roleAgencyProblem(next.role ?? before.role, agencyId, tx);
          if (problem) return problem;
        }
        await users.update(id, next, tx);
        // Whoever holds this account's tokens signed in with the old role, agency or access.
        const endSessions = Boolean(changes.role || changes.agencyId || next.disabledAt);
        const sessionsEnded = endSessions ? await users.closeAllSessions(id, tx) : 0;
        await recordAudit(tx, {
          actorId: actor.userId,
          action: 'user.updated',
          entity: 'user',
          entityId: String(id),
          agencyId,
          details: { changes, sessionsEnded },
        });
        return { kind: 'done', changed: true };
      });
      if (result.kind === 'refused') return result;
      // After commit, so that a session read from now on sees the change (name included).
      if (result.changed) users.forgetUser(id);
      return { kind: 'ok', user: (await users.publicById(id))! };
    },

    /** A new password; every session of the account ends. */
    async setPassword(actor: Actor, id: number, b: z.output<typeof PasswordBodySchema>): Promise<{ kind: 'ok' } | Refusal> {
      const passwordHash = await passwords.hash(b.password);
      const result = await db.transaction(async (tx): Promise<{ kind: 'ok' } | Refusal> => {
        const [before] = await users.lockForUpdate([id], tx);
        if (!before) return refuse('USER_NOT_FOUND');
        await users.update(id, { passwordHash }, tx);
        const sessionsEnded = await users.closeAllSessions(id, tx);
        await recordAudit(tx, {
          actorId: actor.userId,
          action: 'user.password_reset',
          entity: 'user',
          entityId: String(id),
          agencyId: before.agencyId,
          details: { sessionsEnded },
        });
        return { kind: 'ok' };
      });
      users.forgetUser(id);
      return result;
    },
  };
}
