#!/usr/bin/env node
// `npm start`: runs the product on this machine — the sync server on its embedded
// PGlite database (data in .data/), seeded with the demo round on first start.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const server = join(root, 'apps/server/src/main.ts');
if (!existsSync(server)) {
  console.error('Chưa có máy chủ để chạy (apps/server/src/main.ts).');
  process.exit(1);
}
const tsx = join(root, 'node_modules/.bin/tsx');
const child = spawn(tsx, [server], { stdio: 'inherit', cwd: root, env: { DATA_DIR: join(root, '.data'), ...process.env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
