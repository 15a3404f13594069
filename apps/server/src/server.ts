import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import * as z from 'zod';
import app from './app.js';
import type { AppConfig } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { vietnameseErrors } from './validation.vi.js';

// Validation messages in Vietnamese, process-wide for the server (zod's own `vi` locale leaves English in them).
z.config({ customError: vietnameseErrors });

export interface BuildOptions {
  config: AppConfig;
  /** An already opened (and migrated) database; opened from the config when absent. */
  database?: Database;
}

/**
 * The only place that creates the Fastify instance: logger, limits, zod compilers.
 * Tests call it without listening; main.ts listens.
 */
export async function buildServer({ config, database }: BuildOptions): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[ẩn]' },
    },
    bodyLimit: config.bodyLimit,
    requestTimeout: 60_000,
    connectionTimeout: 60_000,
    forceCloseConnections: 'idle',
  });
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  // A JSON API: text/plain bodies are refused with 415 rather than parsed as strings.
  fastify.removeContentTypeParser('text/plain');
  const db = database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.pgPoolSize }));
  // fp: the app's decorators (db, repos, config) are visible on the root instance, for tests and tools.
  await fastify.register(fp(app), { config, database: db });
  return fastify;
}
