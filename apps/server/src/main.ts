import { mkdirSync } from 'node:fs';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { passwordManager } from './plugins/app/passwords.js';
import { seedDemo } from './seed/seed.js';
import { buildServer } from './server.js';

/**
 * `npm start`: open the database (PGlite in DATA_DIR unless DATABASE_URL is set),
 * apply migrations, seed the demo on an empty database (not in production), listen.
 */
async function main() {
  const config = loadConfig();
  if (!config.databaseUrl && !config.dataDir.startsWith('memory://')) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.pgPoolSize });
  await database.migrate();
  const app = await buildServer({ config, database });

  if (config.env !== 'production') {
    const seed = await seedDemo(database.db, passwordManager(config.argon2));
    if (seed.seeded) app.log.info('Đã tạo dữ liệu minh họa: đợt "Kế hoạch CĐS 2026", danh mục chỉ tiêu mẫu, tài khoản demo.');
    const lines = seed.accounts.map((a) => `  ${a.email.padEnd(24)} ${a.role.padEnd(13)} ${a.agencyCode ?? 'Bộ KH&CN'}`);
    process.stdout.write(`\nTài khoản demo (mật khẩu: ${seed.password}):\n${lines.join('\n')}\n\n`);
  }

  const close = async (signal: string) => {
    app.log.info({ signal }, 'đang dừng máy chủ');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`API: http://${config.host}:${config.port}/api  ·  Tài liệu: http://${config.host}:${config.port}/docs`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
