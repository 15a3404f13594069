import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../bench/fresh-database.js';
import { testPgUrl } from './test/database.js';

/** `npm start -- --workers N` as an operator meets it: real processes. */
const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');
const STACK = /\n\s+at |ZodError|Error:/;

function start(args: string[], env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', CHECK_WORKERS: '0', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (re: RegExp, ms = 120_000): Promise<RegExpExecArray> => {
    const until = Date.now() + ms;
    for (;;) {
      const m = re.exec(out);
      if (m) return m;
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${out}`);
      if (Date.now() > until) throw new Error(`timeout waiting for ${re}: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, out: () => out, exited, waitFor };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('several server processes (--workers)', () => {
  it('on the embedded PGlite, --workers 2 is refused at once with a Vietnamese message, no stack', async () => {
    const run = start(['--workers', '2'], { DATA_DIR: 'memory://' });
    expect(await run.exited).toBe(1);
    expect(run.out()).toContain('Cấu hình môi trường không hợp lệ');
    expect(run.out()).toContain('WORKERS: chạy 2 tiến trình máy chủ cần PostgreSQL (đặt DATABASE_URL)');
    expect(run.out()).not.toMatch(STACK);
  }, 60_000);

  it('a bad --workers value is named', async () => {
    const run = start(['--workers=0'], { DATA_DIR: 'memory://' });
    expect(await run.exited).toBe(1);
    expect(run.out()).toMatch(/WORKERS: .*\(giá trị: "0"\)/);
    expect(run.out()).not.toMatch(STACK);
  }, 60_000);

  it.skipIf(!testPgUrl())(
    'on PostgreSQL: N workers on one port; a worker that dies is replaced; SIGTERM drains them all (a request in flight is answered) and exits 0',
    async () => {
      const fresh = await freshDatabase(testPgUrl()!, 'cds_test_cluster');
      // Development: the primary seeds the demo accounts (a sign-in is the slow request drained below).
      const run = start(['--workers', '2'], { DATABASE_URL: fresh.url, NODE_ENV: 'development' });
      try {
        const [, pidList] = await run.waitFor(/Đã khởi động 2 tiến trình máy chủ trên cùng một cổng \(PID ([\d, ]+)\)/);
        const port = Number((await run.waitFor(/API: http:\/\/127\.0\.0\.1:(\d+)\/api/))[1]);
        const pids = pidList!.split(', ').map(Number);
        expect(pids).toHaveLength(2);
        const health = () => fetch(`http://127.0.0.1:${port}/api/health`, { headers: { connection: 'close' } }).then((r) => r.status);
        expect(await Promise.all([health(), health(), health(), health()])).toEqual([200, 200, 200, 200]);

        process.kill(pids[0]!, 'SIGKILL');
        await run.waitFor(new RegExp(`Tiến trình máy chủ PID ${pids[0]} đã dừng bất thường \\(tín hiệu SIGKILL\\)`));
        const [, replacement] = await run.waitFor(/Đã khởi động lại tiến trình máy chủ \(PID (\d+)\)/);
        expect(alive(Number(replacement))).toBe(true);
        expect(await Promise.all([health(), health(), health(), health()])).toEqual([200, 200, 200, 200]);

        // A request in flight when SIGTERM comes is answered (the sign-in's argon2 takes a while):
        // its connection is opened first, so the request is on its way before the signal.
        expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
        const signIn = fetch(`http://127.0.0.1:${port}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'admin@bkhcn.demo', password: 'demo-cds-2026' }),
        });
        await new Promise((r) => setTimeout(r, 15));
        run.child.kill('SIGTERM');
        const answered = await signIn;
        expect(answered.status).toBe(200);
        expect(((await answered.json()) as { token: string }).token).toMatch(/\S{20,}/);
        expect(await run.exited).toBe(0);
        expect(run.out()).toContain('Đang dừng 2 tiến trình máy chủ');
        expect(alive(pids[1]!)).toBe(false);
        expect(alive(Number(replacement))).toBe(false);
        expect(run.out()).not.toMatch(STACK);
      } finally {
        if (run.child.exitCode === null) run.child.kill('SIGKILL');
        await fresh.drop();
      }
    },
    240_000,
  );
});
