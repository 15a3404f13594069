/**
 * Child process of the benchmark and of the multi-process test (src/test/spawn-server.ts):
 * serves either the real app (on DATABASE_URL; WORKERS=N: N cluster workers on one
 * port, as main.ts runs them) or the bare ceiling route, on a free port, and prints
 * `{"port":N,"pids":[…]}` (the serving processes) once listening.
 */
import Fastify from 'fastify';
import { isClusterWorker, reportListening, supervise } from '../src/cluster.js';
import { loadConfig } from '../src/config.js';
import { buildServer } from '../src/server.js';

const mode = process.argv[2] ?? 'app';
// Exit normally on SIGTERM so --cpu-prof (BENCH_PROFILE) can write its profile. A cluster's
// primary passes SIGTERM on to its workers, which drain; see below.
const exitOnSigterm = () => process.once('SIGTERM', () => process.exit(0));

async function main() {
  if (mode === 'bare') {
    exitOnSigterm();
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
    process.stdout.write(`${JSON.stringify({ port: (bare.server.address() as { port: number }).port, pids: [process.pid] })}\n`);
    return;
  }
  const config = { ...loadConfig(), logLevel: 'warn' as const, port: 0, uploadLimit: 20 * 1024 * 1024, pgPoolSize: Number(process.env.PG_POOL_SIZE ?? 40) };
  const workers = config.workers ?? 1;
  if (workers > 1 && !isClusterWorker()) {
    // The database is migrated by whoever spawned us: the primary only supervises.
    const code = await supervise({
      workers,
      say: (line) => process.stderr.write(`${line}\n`),
      onListening: (port, pids) => process.stdout.write(`${JSON.stringify({ port, pids })}\n`),
    });
    process.exit(code);
  }
  const app = await buildServer({ config });
  if (isClusterWorker()) process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  else exitOnSigterm();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  if (isClusterWorker()) reportListening(port);
  else process.stdout.write(`${JSON.stringify({ port, pids: [process.pid] })}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
