import { hash, verify } from '@node-rs/argon2';
import fp from 'fastify-plugin';

export interface PasswordManager {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

declare module 'fastify' {
  interface FastifyInstance {
    passwords: PasswordManager;
  }
}

/** argon2id password hashing; cost from config (lowered in tests). */
export function passwordManager(cost: { memoryCost: number; timeCost: number; parallelism: number }): PasswordManager {
  return {
    hash: (password) => hash(password, cost),
    verify: async (h, password) => {
      try {
        return await verify(h, password);
      } catch {
        return false; // a malformed stored hash never authenticates
      }
    },
  };
}

export default fp(
  async (fastify) => {
    fastify.decorate('passwords', passwordManager(fastify.config.argon2));
  },
  { name: 'passwords', dependencies: ['db'] },
);
