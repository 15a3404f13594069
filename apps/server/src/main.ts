import { loadConfig } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { startupMessages } from './messages.vi.js';
import { passwordManager } from './plugins/app/passwords.js';
import { seedDemo } from './seed/seed.js';
import { buildServer } from './server.js';
import { startupFailure } from './startup-failure.js';

/**
 * `npm start`: open the database (PGlite in DATA_DIR unless DATABASE_URL is set; the
 * folder is locked to this process), apply migrations, seed the demo on an empty
 * database (not in production), listen. Any failure to start is said in Vietnamese,
 * without a stack trace, after closing what was opened.
 */
async function main() {
  let database: Database | undefined;
  let close: (() => Promise<void>) | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.pgPoolSize });
    close = () => database!.close();
    await database.migrate();
    const app = await buildServer({ config, database });
    close = () => app.close(); // closes the database too (and releases the folder)

    if (config.env !== 'production') {
      const seed = await seedDemo(database.db, passwordManager(config.argon2));
      if (seed.seeded) app.log.info(startupMessages.demoSeeded);
      const lines = seed.accounts.map((a) => `  ${a.email.padEnd(24)} ${a.role.padEnd(13)} ${a.agencyCode ?? 'Bộ KH&CN'}`);
      // The password only when it was just set: a database seeded before may have had it changed.
      process.stdout.write(`\n${startupMessages.demoAccounts(seed.seeded ? seed.password : null)}\n${lines.join('\n')}\n\n`);
    }

    const stop = async (signal: string) => {
      app.log.info({ signal }, startupMessages.stopping);
      await app.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));

    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    app.log.info(startupMessages.listening(config.host, port));
  } catch (err) {
    process.stderr.write(`${startupFailure(err)}\n`);
    await close?.().catch(() => {});
    process.exit(1);
  }
}

void main();
