import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import * as z from 'zod';
import app from './app.js';
import type { AppConfig } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { jsonDepth, MAX_JSON_DEPTH } from './api/json-depth.js';
import { AppError } from './errors.js';
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
  // JSON bodies: bytes that are not UTF-8 are refused (not turned into U+FFFD silently), and
  // nesting past any body the API takes is refused as such (not as a syntax error), before parsing.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      return done(AppError.of(400, 'INVALID_UTF8'), undefined);
    }
    if (jsonDepth(text) > MAX_JSON_DEPTH) return done(AppError.of(400, 'NESTING_TOO_DEEP'), undefined);
    return parseJson(request, text, done);
  });
  const db = database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.pgPoolSize }));
  // fp: the app's decorators (db, repos, config) are visible on the root instance, for tests and tools.
  await fastify.register(fp(app), { config, database: db });
  return fastify;
}
