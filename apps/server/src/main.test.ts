import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from './db/data-dir-lock.js';

/**
 * `npm start` as an operator meets it: real processes on a real PGlite folder.
 * A stack trace or an English error in their output is a failure.
 */
const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');
const STACK = /\n\s+at |ZodError|EADDRINUSE|Error:/;

interface Run {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', CHECK_WORKERS: '0', HOST: '127.0.0.1', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, exited };
}

/** Resolves when the output shows `text` (or rejects when the process ends first). */
async function waitFor(run: Run, text: string | RegExp, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (typeof text === 'string' ? run.out().includes(text) : text.test(run.out())) return;
    if (run.child.exitCode !== null) throw new Error(`exited ${run.child.exitCode}: ${run.out()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timeout waiting for ${text}: ${run.out()}`);
}

async function stop(run: Run): Promise<void> {
  if (run.child.exitCode === null) {
    run.child.kill('SIGTERM');
    await run.exited;
  }
}

describe('starting the server', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cds-main-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('PORT=abc: exits at once with a Vietnamese message naming the variable, no stack', async () => {
    const run = start({ PORT: 'abc', DATA_DIR: path.join(dir, 'unused') });
    expect(await run.exited).toBe(1);
    expect(run.out()).toContain('Cấu hình môi trường không hợp lệ');
    expect(run.out()).toContain('PORT: phải là một số (giá trị: "abc")');
    expect(run.out()).not.toMatch(STACK);
  }, 60_000);

  it('a second process on the same data folder is refused at once, naming the folder and the holder’s pid; a busy port closes the database; the banner shows the password only on the first start', async () => {
    const data = path.join(dir, 'data');
    const first = start({ PORT: '0', DATA_DIR: data });
    try {
      await waitFor(first, 'API: http://');
      expect(first.out()).toContain('Tài khoản demo (mật khẩu: demo-cds-2026):');
      expect(readFileSync(path.join(data, LOCK_FILE), 'utf8').trim()).toBe(String(first.child.pid));

      const t0 = Date.now();
      const second = start({ PORT: '0', DATA_DIR: data });
      expect(await second.exited).toBe(1);
      expect(Date.now() - t0).toBeLessThan(30_000);
      expect(second.out()).toContain(`Thư mục dữ liệu ${data} đang được tiến trình khác (PID ${first.child.pid}) sử dụng.`);
      expect(second.out()).not.toMatch(STACK);
      // The first one is untouched: it still answers.
      const port = Number(/API: http:\/\/127\.0\.0\.1:(\d+)\/api/.exec(first.out())![1]);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    } finally {
      await stop(first);
    }
    expect(existsSync(path.join(data, LOCK_FILE))).toBe(false);

    // A port someone else listens on: a Vietnamese message, and the folder released (database closed).
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const busyPort = (blocker.address() as net.AddressInfo).port;
    try {
      const busy = start({ PORT: String(busyPort), DATA_DIR: data });
      expect(await busy.exited).toBe(1);
      expect(busy.out()).toContain(`Cổng ${busyPort} trên 127.0.0.1 đang được chương trình khác dùng.`);
      expect(busy.out()).not.toMatch(STACK);
      // Seeded before: the accounts are listed without the password.
      expect(busy.out()).toContain('Tài khoản demo (mật khẩu đã in khi tạo dữ liệu minh họa lần đầu):');
      expect(busy.out()).not.toContain('demo-cds-2026');
      expect(existsSync(path.join(data, LOCK_FILE))).toBe(false);
    } finally {
      blocker.close();
    }
  }, 240_000);

  it('a lock left by a process that died is taken over', async () => {
    const data = path.join(dir, 'stale');
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.on('exit', r));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(data, { recursive: true });
    writeFileSync(path.join(data, LOCK_FILE), `${dead.pid}\n`);
    const run = start({ PORT: '0', DATA_DIR: data });
    try {
      await waitFor(run, 'API: http://');
      expect(readFileSync(path.join(data, LOCK_FILE), 'utf8').trim()).toBe(String(run.child.pid));
    } finally {
      await stop(run);
    }
  }, 180_000);
});
