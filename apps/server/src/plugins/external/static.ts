import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../config.js';

/** Where the front ends' builds are; e2e tests point these at temporary folders. */
export function frontEndDirs(env: NodeJS.ProcessEnv = process.env) {
  return {
    dashboard: env.DASHBOARD_DIST || path.join(REPO_ROOT, 'apps/dashboard/dist'),
    addin: env.ADDIN_DIST || path.join(REPO_ROOT, 'apps/word-addin/dist'),
  };
}

/** Paths the single-page app never answers: the API and its documentation keep their own 404s. */
const NOT_SPA = /^\/(api|docs|addin)(\/|$)/;

/**
 * Serves the MST dashboard's build at `/` (any other path outside /api, /docs and
 * /addin gets its index.html, so the app's own routes survive a reload) and the Word
 * add-in's build at `/addin/` (taskpane.html). A build that is not there is skipped,
 * and the API runs alone.
 */
export default fp(
  async (fastify) => {
    const dirs = frontEndDirs();
    const hasDashboard = existsSync(path.join(dirs.dashboard, 'index.html'));
    if (existsSync(dirs.addin)) {
      await fastify.register(fastifyStatic, { root: dirs.addin, prefix: '/addin/', decorateReply: false, index: ['taskpane.html', 'index.html'], maxAge: 0 });
    }
    if (!hasDashboard) return;
    await fastify.register(fastifyStatic, {
      root: dirs.dashboard,
      prefix: '/',
      wildcard: false,
      index: false,
      // Hashed assets may be cached for good; index.html never is (it names the current assets).
      maxAge: '365d',
      immutable: true,
    });
    const spa = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html', dirs.dashboard, { cacheControl: false });
    fastify.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (NOT_SPA.test(request.url)) return reply.callNotFound();
      return spa(reply);
    });
    fastify.get('/', { schema: { hide: true } }, (_request, reply) => spa(reply));
  },
  { name: 'static' },
);
