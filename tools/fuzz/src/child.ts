/**
 * A fuzz worker process: reads inputs sent by the parent one at a time, runs the
 * target on each and reports its outcome with the CPU time and the memory growth
 * (peak resident size during the input minus the size before it).
 */
import { resourceUsage } from 'node:process';
import type { TargetResult } from './target.js';

export interface ChildRequest {
  id: number;
  bytes: Uint8Array;
}

export type ChildReply = TargetResult & { id: number; cpuMs: number; wallMs: number; growthMb: number; peakMb: number; baseMb: number };

const targetPath = process.env.CDS_FUZZ_TARGET ?? './target.js';
const { readAndAnalyze } = (await import(targetPath)) as { readAndAnalyze: (b: Uint8Array) => TargetResult };
const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

process.on('message', (msg: ChildRequest) => {
  // Collect first when the heap is large, so garbage from earlier inputs is not counted against this one.
  if (process.memoryUsage().heapUsed > 128 * MB) gc?.();
  const rssBefore = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = readAndAnalyze(new Uint8Array(msg.bytes));
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peak = resourceUsage().maxRSS * 1024; // the process's peak so far, in bytes
  const reply: ChildReply = {
    ...result,
    id: msg.id,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    growthMb: Math.max(0, peak - rssBefore) / MB,
    peakMb: peak / MB,
    baseMb: rssBefore / MB,
  };
  process.send!(reply);
});
process.send!({ ready: true });
