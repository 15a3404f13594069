import fp from 'fastify-plugin';
import type { AppConfig } from '../../config.js';
import type { Database, Db } from '../../db/client.js';
import type { AppOptions } from '../../options.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Drizzle database (PGlite or PostgreSQL). */
    db: Db;
    database: Database;
    config: AppConfig;
  }
}

/** Exposes the database and config; closes the database with the app. */
export default fp<AppOptions>(
  async (fastify, opts) => {
    fastify.decorate('config', opts.config);
    fastify.decorate('database', opts.database);
    fastify.decorate('db', opts.database.db);
    fastify.addHook('onClose', async () => opts.database.close());
  },
  { name: 'db' },
);
