#!/usr/bin/env node
// `npm start`: runs the product on this machine — builds the MST dashboard and the Word
// add-in (when their folders exist), then the sync server on its embedded PGlite database
// (data in .data/, seeded with the demo round on first start), which serves both.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const server = join(root, 'apps/server/src/main.ts');
if (!existsSync(server)) {
  console.error('Chưa có máy chủ để chạy (apps/server/src/main.ts).');
  process.exit(1);
}

const fronts = [
  { dir: 'apps/dashboard', name: 'Bảng theo dõi của Bộ KH&CN', path: '/' },
  { dir: 'apps/word-addin', name: 'Word add-in (taskpane.html)', path: '/addin/' },
].filter((f) => existsSync(join(root, f.dir, 'package.json')));
if (fronts.length && process.env.SKIP_BUILD !== '1') {
  const args = ['run', 'build', '--if-present', ...fronts.flatMap((f) => ['-w', f.dir])];
  console.log(`Đang dựng giao diện: ${fronts.map((f) => f.dir).join(', ')} …`);
  const built = spawnSync('npm', args, { stdio: 'inherit', cwd: root });
  if (built.status !== 0) console.error('Không dựng được giao diện; máy chủ vẫn chạy phần API.');
}

const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT || '3001';
for (const f of fronts) if (existsSync(join(root, f.dir, 'dist'))) console.log(`${f.name}: http://${host}:${port}${f.path}`);
console.log(`API: http://${host}:${port}/api  ·  Tài liệu API: http://${host}:${port}/docs`);

const tsx = join(root, 'node_modules/.bin/tsx');
const child = spawn(tsx, [server], { stdio: 'inherit', cwd: root, env: { DATA_DIR: join(root, '.data'), ...process.env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
