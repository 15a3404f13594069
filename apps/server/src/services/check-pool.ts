import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PlanData } from '@cds/plan';
import { checkSubmission, type CheckContext, type CheckResult } from './submission-check.js';

export interface CheckRequest {
  id: number;
  bytes: Uint8Array;
  plan: PlanData;
  ctx: CheckContext;
}

export type CheckResponse = { id: number; ok: true; value: CheckResult } | { id: number; ok: false; crash: string };

export interface SubmissionChecker {
  check(bytes: Uint8Array, plan: PlanData, ctx: CheckContext): Promise<CheckResult>;
  close(): Promise<void>;
}

/** Runs the checks on the calling thread (tests, tiny deployments). */
export const inlineChecker: SubmissionChecker = {
  check: async (bytes, plan, ctx) => checkSubmission(bytes, plan, ctx),
  close: async () => {},
};

/**
 * A fixed pool of worker threads for submission checks. Requests queue when all
 * workers are busy; a worker that crashes is replaced and its request fails (a 500).
 */
export function workerChecker(size = Math.max(1, Math.min(4, cpus().length))): SubmissionChecker {
  // A JS bootstrap registers tsx in the worker, which then loads check-worker.ts.
  const file = new URL('./check-worker.boot.mjs', import.meta.url);
  const idle: Worker[] = [];
  const queue: { req: CheckRequest; resolve: (v: CheckResult) => void; reject: (e: unknown) => void }[] = [];
  const running = new Map<Worker, (typeof queue)[number]>();
  let nextId = 0;
  let closed = false;

  const spawn = () => {
    const w = new Worker(file);
    w.on('message', (res: CheckResponse) => {
      const job = running.get(w);
      running.delete(w);
      if (job) {
        if (res.ok) job.resolve(res.value);
        else job.reject(new Error(res.crash));
      }
      idle.push(w);
      pump();
    });
    w.on('error', (err) => {
      const job = running.get(w);
      running.delete(w);
      job?.reject(err);
      if (!closed) idle.push(spawn());
      pump();
    });
    return w;
  };
  const pump = () => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const job = queue.shift()!;
      running.set(w, job);
      w.postMessage(job.req);
    }
  };
  for (let i = 0; i < size; i++) idle.push(spawn());

  return {
    check: (bytes, plan, ctx) =>
      new Promise((resolve, reject) => {
        queue.push({ req: { id: ++nextId, bytes, plan, ctx }, resolve, reject });
        pump();
      }),
    close: async () => {
      closed = true;
      await Promise.all([...idle, ...running.keys()].map((w) => w.terminate()));
    },
  };
}
