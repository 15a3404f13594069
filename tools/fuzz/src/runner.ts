import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChildReply } from './child.js';

/** How one input ended, from the parent's side. */
export type RunResult =
  | (ChildReply & { kind: 'reply' })
  | { kind: 'hang'; id: number; wallMs: number; cpuMs: number }
  | { kind: 'died'; id: number; signal: string | null; code: number | null; stderr: string; oom: boolean };

export interface RunnerOptions {
  /** CPU time per input past which the worker is killed (read from /proc while it runs). */
  cpuLimitMs: number;
  /** Wall-clock limit per input, for a worker that makes no progress at all. */
  timeoutMs: number;
  /** Heap ceiling of a worker, a backstop far above the growth limit (a blow-up dies here). */
  heapCeilingMb: number;
  /** A worker whose peak has grown this far over its start is replaced, so peaks stay comparable. */
  recycleAboveMb: number;
  /** Module the workers run (tests substitute a fake one). */
  target?: string;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** One worker process and the input it is running. */
class Worker {
  private proc!: ChildProcess;
  private ready!: Promise<void>;
  private startMb = 0;
  private stderr = '';

  constructor(private readonly options: RunnerOptions) {
    this.spawn();
  }

  private spawn(): void {
    this.stderr = '';
    this.proc = fork(CHILD, [], {
      execArgv: ['--import', 'tsx', '--expose-gc', `--max-old-space-size=${this.options.heapCeilingMb}`, '--stack-size=984'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: { ...process.env, ...(this.options.target ? { CDS_FUZZ_TARGET: this.options.target } : {}) },
    });
    this.proc.stderr!.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-4000);
    });
    this.ready = new Promise((resolve, reject) => {
      this.proc.once('message', () => resolve());
      this.proc.once('exit', (code) => reject(new Error(`worker exited before it was ready (${code}): ${this.stderr}`)));
    });
    // A worker closed before it was ever used is no error; one that fails while needed rejects in run().
    this.ready.catch(() => {});
    this.startMb = 0;
  }

  async run(id: number, bytes: Uint8Array, timeoutMs = this.options.timeoutMs): Promise<RunResult> {
    await this.ready;
    const proc = this.proc;
    const t0 = performance.now();
    const cpu0 = cpuMsOf(proc.pid);
    const result = await new Promise<RunResult>((resolve) => {
      // On two cores shared with other programs a busy worker may get a fraction of a core:
      // the limit is on its CPU time, polled from /proc, with a wall-clock backstop.
      const timer = setInterval(() => {
        const wallMs = performance.now() - t0;
        const cpuMs = cpuMsOf(proc.pid) - cpu0;
        if (cpuMs <= this.options.cpuLimitMs && wallMs <= timeoutMs) return;
        cleanup();
        proc.kill('SIGKILL');
        resolve({ kind: 'hang', id, wallMs, cpuMs });
      }, 100);
      const onMessage = (m: ChildReply): void => {
        cleanup();
        resolve({ ...m, kind: 'reply' });
      };
      const onExit = (code: number | null, signal: string | null): void => {
        cleanup();
        const oom = /heap out of memory|Allocation failed|ERR_WORKER_OUT_OF_MEMORY|Reached heap limit/.test(this.stderr);
        resolve({ kind: 'died', id, code, signal, stderr: this.stderr.slice(-1500), oom });
      };
      const cleanup = (): void => {
        clearInterval(timer);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
      };
      proc.on('message', onMessage);
      proc.on('exit', onExit);
      proc.send({ id, bytes });
    });
    if (result.kind !== 'reply') this.spawn();
    else {
      this.startMb ||= result.baseMb;
      if (result.peakMb - this.startMb > this.options.recycleAboveMb) this.restart();
    }
    return result;
  }

  restart(): void {
    this.proc.kill('SIGKILL');
    this.spawn();
  }

  close(): void {
    this.proc.kill('SIGKILL');
  }
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time (user + system, all threads) a process has used, from /proc; 0 where there is none. */
function cpuMsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** A pool of worker processes running inputs with a time limit each. */
export class Runner {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];

  constructor(
    private readonly options: RunnerOptions,
    jobs: number,
  ) {
    for (let i = 0; i < jobs; i++) this.idle.push(new Worker(options));
  }

  async run(id: number, bytes: Uint8Array): Promise<RunResult> {
    const w = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    try {
      return await w.run(id, bytes);
    } finally {
      const next = this.waiting.shift();
      if (next) next(w);
      else this.idle.push(w);
    }
  }

  /**
   * Runs an input again alone, in a fresh worker with a long limit: tells a real
   * hang or blow-up from one the machine's load made (2 cores shared by many).
   */
  async confirm(id: number, bytes: Uint8Array, timeoutMs: number): Promise<RunResult> {
    const w = new Worker(this.options);
    try {
      return await w.run(id, bytes, timeoutMs);
    } finally {
      w.close();
    }
  }

  close(): void {
    for (const w of this.idle) w.close();
  }
}
