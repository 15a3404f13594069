import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/server/bench/serve.ts: the real app (or the bare ceiling route) on a free port, printing `{"port":N,"pids":[…]}`. */
export const SERVE_ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/serve.ts');

export interface SpawnedServer {
  port: number;
  url: string;
  /** The processes that serve (the cluster's workers when WORKERS > 1, else the child itself). */
  pids: number[];
  child: ChildProcess;
  /** SIGTERM, then waits for the exit (SIGKILL after `ms`). */
  stop(ms?: number): Promise<void>;
}

export interface SpawnOptions {
  /** Extra node flags (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Where the child's stderr goes: inherited (bench) or collected (tests: shown when it fails). */
  stderr?: 'inherit' | 'pipe';
  /** How long to wait for the port line. */
  timeoutMs?: number;
}

/**
 * Starts `serve.ts <mode>` as a child process: node itself runs it with tsx as an
 * --import hook (not tsx's CLI, which would be a launcher process in front of it), so
 * the child's pid is the server's (its CPU figures, --cpu-prof, signals). Resolves
 * once it prints its port.
 */
export function spawnServer(mode: 'app' | 'bare', env: NodeJS.ProcessEnv, opts: SpawnOptions = {}): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', SERVE_ENTRY, mode], {
    env: { ...process.env, FASTIFY_AUTOLOAD_TYPESCRIPT: '1', ...env },
    stdio: ['ignore', 'pipe', opts.stderr ?? 'inherit'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async (ms = 30_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), ms);
    await exited;
    clearTimeout(t);
  };
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve ${mode}: no port after ${opts.timeoutMs ?? 120_000} ms\n${err}`));
    }, opts.timeoutMs ?? 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const line = buf.split('\n').find((l) => l.startsWith('{"port"'));
      if (!line) return;
      clearTimeout(timer);
      const { port, pids } = JSON.parse(line) as { port: number; pids: number[] };
      resolve({ port, pids, url: `http://127.0.0.1:${port}`, child, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve ${mode} exited ${code}\n${err}`));
    });
  });
}
