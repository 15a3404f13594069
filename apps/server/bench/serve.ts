/**
 * Child process of the benchmark: serves either the real app (on DATABASE_URL) or
 * the bare ceiling route, on a free port, and prints `{"port":N}` once listening.
 */
import Fastify from 'fastify';
import { loadConfig } from '../src/config.js';
import { buildServer } from '../src/server.js';

const mode = process.argv[2] ?? 'app';
// Exit normally on SIGTERM so --cpu-prof (BENCH_PROFILE) can write its profile.
process.once('SIGTERM', () => process.exit(0));

async function main() {
  if (mode === 'bare') {
    const bare = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024 });
    // Same request body, same response shape as the draft sync: the framework's ceiling.
    bare.put('/bare', async (_req, reply) =>
      reply.code(201).send({
        plan: {
          id: 1,
          roundId: 1,
          agencyId: 1,
          status: 'draft',
          currentRevision: 1,
          completeness: 50,
          lastSyncedAt: new Date().toISOString(),
          submittedAt: null,
          late: false,
        },
        revision: {
          number: 1,
          baseRevision: 0,
          idempotencyKey: 'k',
          completeness: 50,
          findingsSummary: { error: 0, warning: 0, info: 0 },
          createdAt: new Date().toISOString(),
        },
        replayed: false,
      }),
    );
    await bare.listen({ port: 0, host: '127.0.0.1' });
    process.stdout.write(`${JSON.stringify({ port: (bare.server.address() as { port: number }).port })}\n`);
    return;
  }
  const config = { ...loadConfig(), logLevel: 'warn' as const, port: 0, uploadLimit: 20 * 1024 * 1024, pgPoolSize: Number(process.env.PG_POOL_SIZE ?? 40) };
  const app = await buildServer({ config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ port: (app.server.address() as { port: number }).port })}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
