import type { AgencyKind } from '@cds/template/enums';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.js';
import { agencies, sessions, users, type NewUser, type User, type UserRole } from '../db/schema/index.js';
import { TtlCache } from '../services/ttl-cache.js';

/** SHA-256 of a bearer token: only this is stored, so a leaked table grants nothing. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type PublicUser = Omit<User, 'passwordHash'> & { agency: { id: number; code: string; name: string; kind: AgencyKind } | null };

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  agencyId: users.agencyId,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  agencyCode: agencies.code,
  agencyName: agencies.name,
  agencyKind: agencies.kind,
};

const selectPublic = (db: DbOrTx) => db.select(publicColumns).from(users).leftJoin(agencies, eq(agencies.id, users.agencyId));
type Row = Awaited<ReturnType<typeof selectPublic>>[number];

function toPublic(r: Row): PublicUser {
  const { agencyCode, agencyName, agencyKind, ...u } = r;
  return {
    ...u,
    agency: u.agencyId != null && agencyCode && agencyName && agencyKind ? { id: u.agencyId, code: agencyCode, name: agencyName, kind: agencyKind } : null,
  };
}

interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  agencyId: number | null;
  sessionId: number;
  expiresAt: Date;
}

/** A cached session, stamped with the eviction counter as it was when it was read. */
type CachedSession = SessionUser & { readAt: number };

/** What an admin may change on an account (the password has its own method). */
export type UserChanges = Partial<Pick<User, 'name' | 'role' | 'agencyId' | 'disabledAt' | 'passwordHash'>>;

/** Accounts and their sessions. */
export function usersRepository(db: Db, cacheTtlMs = 0) {
  // Every request resolves its token: cached briefly per process; logout evicts.
  const sessionCache = new TtlCache<string, CachedSession | undefined>(cacheTtlMs);
  // The cache is keyed by token hash, so it cannot be searched by user. forgetUser()
  // instead notes when a user was forgotten; their sessions read before that are dropped
  // at their next use. One entry per forgotten user: bounded by the number of accounts.
  let evictions = 0;
  const forgottenAt = new Map<number, number>();
  const loadSession = async (tokenHash: string): Promise<CachedSession | undefined> => {
    const readAt = evictions;
    const [r] = await db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        agencyId: users.agencyId,
        sessionId: sessions.id,
        expiresAt: sessions.expiresAt,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), isNull(users.disabledAt)))
      .limit(1);
    // Stamped with the counter as it was when the read started: forgetting the user during the read makes it stale.
    return r && { ...r, readAt };
  };
  const cachedSession = async (tokenHash: string): Promise<CachedSession | undefined> => {
    const hit = await sessionCache.get(tokenHash, () => loadSession(tokenHash));
    if (!hit || hit.readAt >= (forgottenAt.get(hit.id) ?? 0)) return hit;
    sessionCache.delete(tokenHash);
    return sessionCache.get(tokenHash, () => loadSession(tokenHash));
  };

  return {
    async byEmail(email: string): Promise<User | undefined> {
      const [u] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
      return u;
    },
    async publicById(id: number): Promise<PublicUser | undefined> {
      const [r] = await selectPublic(db).where(eq(users.id, id));
      return r ? toPublic(r) : undefined;
    },
    async list(): Promise<PublicUser[]> {
      const rows = await selectPublic(db).orderBy(asc(users.id));
      return rows.map(toPublic);
    },
    async create(input: NewUser, tx: DbOrTx = db): Promise<User> {
      const [u] = await tx
        .insert(users)
        .values({ ...input, email: input.email.trim().toLowerCase() })
        .returning();
      return u!;
    },
    /** Opens a session and returns the opaque token (shown once, never stored). */
    async openSession(userId: number, expiresAt: Date): Promise<string> {
      const token = randomBytes(32).toString('base64url');
      await db.insert(sessions).values({ userId, tokenHash: hashToken(token), expiresAt });
      return token;
    },
    /** The active user behind a token, or undefined when unknown, expired or disabled. */
    async bySessionToken(token: string, now: Date): Promise<SessionUser | undefined> {
      const h = hashToken(token);
      const found = cacheTtlMs > 0 ? await cachedSession(h) : await loadSession(h);
      if (!found || found.expiresAt <= now) return undefined;
      const { readAt: _readAt, ...user } = found;
      return user;
    },
    /** Ends the session of this token. */
    async closeSession(token: string): Promise<void> {
      const h = hashToken(token);
      await db.delete(sessions).where(eq(sessions.tokenHash, h));
      sessionCache.delete(h);
    },
    /**
     * Locks the rows of these accounts (`FOR UPDATE`, in id order so that two admins
     * editing each other cannot deadlock) and returns them.
     */
    async lockForUpdate(ids: number[], tx: DbOrTx): Promise<User[]> {
      const unique = [...new Set(ids)].sort((a, b) => a - b);
      return tx.select().from(users).where(inArray(users.id, unique)).orderBy(asc(users.id)).for('update');
    },
    async update(id: number, changes: UserChanges, tx: DbOrTx = db): Promise<User | undefined> {
      const [u] = await tx.update(users).set(changes).where(eq(users.id, id)).returning();
      return u;
    },
    /**
     * Ends every session of one account: deletes its rows (in `tx`, with the change
     * that calls for it) and returns how many there were. Call `forgetUser` after commit.
     */
    async closeAllSessions(userId: number, tx: DbOrTx = db): Promise<number> {
      const closed = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
      return closed.length;
    },
    /** Drops every cached session of one account from this process's cache. */
    forgetUser(userId: number): void {
      forgottenAt.set(userId, ++evictions);
    },
  };
}
export type UsersRepository = ReturnType<typeof usersRepository>;
