import type { PublicUser } from '../repositories/users.js';
import type { ServiceDeps } from './deps.js';
import { refuse, type Refusal } from './result.js';

export type LoginResult = { kind: 'ok'; token: string; expiresAt: Date; user: PublicUser } | Refusal;

/** Sign-in with e-mail and password (bearer sessions), sign-out, the signed-in account. */
export async function authService({ repos, config, passwords }: ServiceDeps) {
  const { users } = repos;
  // Verifying against a dummy hash when the e-mail is unknown keeps timing uniform.
  const dummyHash = await passwords.hash('khong-co-tai-khoan-nay');
  return {
    async login(email: string, password: string): Promise<LoginResult> {
      const found = await users.byEmail(email);
      const ok = await passwords.verify(found?.passwordHash ?? dummyHash, password);
      if (!found || !ok) return refuse('INVALID_CREDENTIALS');
      // Told only to whoever knows the password: a disabled account learns why it cannot sign in.
      if (found.disabledAt) return refuse('ACCOUNT_DISABLED');
      const expiresAt = new Date(config.now().getTime() + config.sessionTtlMs);
      const token = await users.openSession(found.id, expiresAt);
      return { kind: 'ok', token, expiresAt, user: (await users.publicById(found.id))! };
    },
    logout: (token: string) => users.closeSession(token),
    async me(userId: number): Promise<{ kind: 'ok'; user: PublicUser } | Refusal> {
      const user = await users.publicById(userId);
      return user ? { kind: 'ok', user } : refuse('SESSION_EXPIRED');
    },
  };
}
export type AuthService = Awaited<ReturnType<typeof authService>>;
