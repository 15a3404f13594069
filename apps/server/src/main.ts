import { isClusterWorker, reportListening, supervise } from './cluster.js';
import { clusterMessages } from './cluster-messages.vi.js';
import { loadConfig, type AppConfig } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { startupMessages } from './messages.vi.js';
import { withCommandLine } from './options.js';
import { passwordManager } from './plugins/app/passwords.js';
import { seedDemo } from './seed/seed.js';
import { buildServer } from './server.js';
import { startupFailure } from './startup-failure.js';

/**
 * `npm start` (`-- --workers N`, or WORKERS=N): open the database (PGlite in DATA_DIR
 * unless DATABASE_URL is set; the folder is locked to this process), apply migrations,
 * seed the demo on an empty database (not in production), listen. With N > 1 (on
 * PostgreSQL only), this process does the migrations and the seed, then supervises N
 * worker processes that serve the same port (cluster.ts). Any failure to start is said
 * in Vietnamese, without a stack trace, after closing what was opened.
 */
async function main() {
  const env = withCommandLine(process.argv.slice(2), process.env);
  if (isClusterWorker()) return serve(loadConfigOrExit(env), { worker: true });
  let database: Database | undefined;
  try {
    const config = loadConfig(env);
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.pgPoolSize });
    await database.migrate();
    if (config.env !== 'production') await seed(config, database);
    const workers = config.workers ?? 1;
    if (workers === 1) return await serve(config, { worker: false, database });
    await database.close();
    database = undefined;
    const code = await supervise({
      workers,
      say: (line) => process.stderr.write(`${line}\n`),
      onListening: (port, pids) => process.stdout.write(`${clusterMessages.started(workers, pids)}\n${startupMessages.listening(config.host, port)}\n`),
    });
    process.exit(code);
  } catch (err) {
    process.stderr.write(`${startupFailure(err)}\n`);
    await database?.close().catch(() => {});
    process.exit(1);
  }
}

function loadConfigOrExit(env: NodeJS.ProcessEnv): AppConfig {
  try {
    return loadConfig(env);
  } catch (err) {
    process.stderr.write(`${startupFailure(err)}\n`);
    process.exit(1);
  }
}

async function seed(config: AppConfig, database: Database) {
  const seeded = await seedDemo(database.db, passwordManager(config.argon2));
  if (seeded.seeded) process.stdout.write(`${startupMessages.demoSeeded}\n`);
  const lines = seeded.accounts.map((a) => `  ${a.email.padEnd(24)} ${a.role.padEnd(13)} ${a.agencyCode ?? 'Bộ KH&CN'}`);
  // The password only when it was just set: a database seeded before may have had it changed.
  process.stdout.write(`\n${startupMessages.demoAccounts(seeded.seeded ? seeded.password : null)}\n${lines.join('\n')}\n\n`);
}

/** One serving process: alone (the database already open and migrated), or a cluster worker (opens its own pool). */
async function serve(config: AppConfig, opts: { worker: boolean; database?: Database }) {
  let close: (() => Promise<void>) | undefined = opts.database && (() => opts.database!.close());
  try {
    const database = opts.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.pgPoolSize }));
    close = () => database.close();
    const app = await buildServer({ config, database });
    close = () => app.close(); // closes the database too (and releases the folder)

    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      app.log.info({ signal }, startupMessages.stopping);
      await app.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));

    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    if (opts.worker) reportListening(port);
    else app.log.info(startupMessages.listening(config.host, port));
  } catch (err) {
    process.stderr.write(`${startupFailure(err)}\n`);
    await close?.().catch(() => {});
    process.exit(1);
  }
}

void main();
