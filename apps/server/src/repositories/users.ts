import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.js';
import { agencies, sessions, users, type NewUser, type User, type UserRole } from '../db/schema/index.js';
import { TtlCache } from '../services/ttl-cache.js';

/** SHA-256 of a bearer token: only this is stored, so a leaked table grants nothing. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type PublicUser = Omit<User, 'passwordHash'> & { agency: { id: number; code: string; name: string; kind: 'province' | 'central' } | null };

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  agencyId: users.agencyId,
  active: users.active,
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

/** Accounts and their sessions. */
export function usersRepository(db: Db, cacheTtlMs = 0) {
  // Every request resolves its token: cached briefly per process; logout evicts.
  const sessionCache = new TtlCache<string, SessionUser | undefined>(cacheTtlMs);
  const loadSession = async (tokenHash: string): Promise<SessionUser | undefined> => {
    const [r] = await db
      .select({ id: users.id, email: users.email, name: users.name, role: users.role, agencyId: users.agencyId, sessionId: sessions.id, expiresAt: sessions.expiresAt })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), eq(users.active, true)))
      .limit(1);
    return r;
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
      const [u] = await tx.insert(users).values({ ...input, email: input.email.trim().toLowerCase() }).returning();
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
      const found = cacheTtlMs > 0 ? await sessionCache.get(h, () => loadSession(h)) : await loadSession(h);
      return found && found.expiresAt > now ? found : undefined;
    },
    /** Ends the session of this token. */
    async closeSession(token: string): Promise<void> {
      const h = hashToken(token);
      await db.delete(sessions).where(eq(sessions.tokenHash, h));
      sessionCache.delete(h);
    },
  };
}
export type UsersRepository = ReturnType<typeof usersRepository>;
