import cluster, { type Worker } from 'node:cluster';
import { clusterMessages } from './cluster-messages.vi.js';

/** What a worker tells the primary once its server listens. */
interface Listening {
  cds: 'listening';
  port: number;
}
const isListening = (m: unknown): m is Listening => typeof m === 'object' && m !== null && (m as Listening).cds === 'listening';

/** In a worker: tell the primary this server listens (no-op in a process that serves alone). */
export function reportListening(port: number): void {
  if (cluster.isWorker) process.send?.({ cds: 'listening', port } satisfies Listening);
}

export interface SuperviseOptions {
  workers: number;
  /** The operator's terminal (stderr in main.ts). */
  say: (line: string) => void;
  /** Once every worker listens: the shared port and their pids. */
  onListening: (port: number, pids: number[]) => void;
  /** How long SIGTERM waits for a worker to drain before SIGKILL. */
  shutdownMs?: number;
  /** First wait before a dead worker is replaced; doubles while they keep dying, up to 30 s. */
  restartMs?: number;
}

/**
 * The primary of `node:cluster`: forks `workers` copies of this script, one after the
 * other as each starts listening (each opens
 * its own pool on PostgreSQL and listens on the same port; the primary hands each new
 * connection to the next worker in turn), replaces a worker that dies, and on
 * SIGTERM/SIGINT passes SIGTERM to every worker (each drains: stops accepting,
 * finishes its requests, ends its live streams, closes its pool) and exits when all
 * have. A worker that fails before it ever listened stops everything (exit code 1): it
 * would fail again (port taken, database unreachable) and say why itself.
 * Resolves with the exit code once everything stopped.
 */
export function supervise(opts: SuperviseOptions): Promise<number> {
  const shutdownMs = opts.shutdownMs ?? 30_000;
  const baseDelay = opts.restartMs ?? 500;
  let delay = baseDelay;
  let stopping = false;
  let started = false;
  const ports = new Map<Worker, number>();
  let done!: (code: number) => void;
  const finished = new Promise<number>((r) => (done = r));

  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = live();
    if (workers.length > 0) opts.say(clusterMessages.stopping(workers.length));
    for (const w of workers) {
      w.process.kill('SIGTERM');
      const t = setTimeout(() => {
        if (w.isDead()) return;
        opts.say(clusterMessages.forced(w.process.pid ?? 0, shutdownMs));
        w.process.kill('SIGKILL');
      }, shutdownMs);
      t.unref();
    }
    const check = () => (live().length === 0 ? done(code) : setTimeout(check, 50));
    check();
  };

  const fork = () => {
    const w = cluster.fork();
    w.on('message', (m: unknown) => {
      if (!isListening(m)) return;
      const first = !ports.has(w);
      ports.set(w, m.port);
      if (started && first) {
        delay = baseDelay; // it came back: the next death is met quickly again
        opts.say(clusterMessages.workerRestarted(w.process.pid ?? 0));
      }
      if (!started && ports.size === opts.workers) {
        started = true;
        opts.onListening(
          m.port,
          [...ports.keys()].map((x) => x.process.pid ?? 0),
        );
      } else if (!started && first && !stopping) fork(); // the next one, once this one listens
    });
    return w;
  };

  cluster.on('exit', (w, code, signal) => {
    ports.delete(w);
    if (stopping) return;
    const how = signal ? `tín hiệu ${signal}` : `mã thoát ${code}`;
    if (!started) {
      // Never served: starting again would fail the same way (port taken, bad configuration).
      opts.say(clusterMessages.startFailed(w.process.pid ?? 0, how));
      stopAll(1);
      return;
    }
    // Once serving, a worker that dies (or whose replacement fails to start: the database
    // may be back in a moment) is replaced, later and later while they keep dying.
    opts.say(clusterMessages.workerDied(w.process.pid ?? 0, how, delay));
    setTimeout(() => !stopping && fork(), delay);
    delay = Math.min(delay * 2, 30_000);
  });

  process.once('SIGTERM', () => stopAll(0));
  process.once('SIGINT', () => stopAll(0));
  // One after the other at start: N processes loading the app at once on busy cores can
  // pass Fastify's plugin timeout, and the database sees one new pool at a time.
  fork();
  return finished;
}

export const isClusterWorker = () => cluster.isWorker;
