import AutoLoad from '@fastify/autoload';
import type { FastifyInstance } from 'fastify';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppOptions } from './options.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Tests live beside the code; they are not plugins. */
const ignorePattern = /\.(test|spec)\.ts$/;

/**
 * The application: composition only. Third-party plugins, then our own (database,
 * repositories, auth, error handler), then the routes (folder = URL prefix).
 */
export default async function app(fastify: FastifyInstance, opts: AppOptions): Promise<void> {
  await fastify.register(AutoLoad, { dir: path.join(here, 'plugins/external'), options: opts, ignorePattern });
  await fastify.register(AutoLoad, { dir: path.join(here, 'plugins/app'), options: opts, ignorePattern });
  // autohooks.ts in a route folder: the hooks (authentication, roles) of every route under that prefix.
  await fastify.register(AutoLoad, { dir: path.join(here, 'routes'), options: opts, ignorePattern, autoHooks: true, cascadeHooks: true });
}
