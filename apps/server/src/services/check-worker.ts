/**
 * Worker thread body: runs `checkSubmission` off the main thread, so reading and
 * judging a large .docx (hundreds of ms of CPU) never stalls other requests.
 */
import { parentPort } from 'node:worker_threads';
import { checkSubmission } from './submission-check.js';
import type { CheckRequest, CheckResponse } from './check-pool.js';

parentPort!.on('message', (m: CheckRequest) => {
  let out: CheckResponse;
  try {
    // A refusal is a result like any other: it crosses the thread as data.
    out = { id: m.id, ok: true, value: checkSubmission(m.bytes, m.plan, m.ctx) };
  } catch (e) {
    out = { id: m.id, ok: false, crash: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  parentPort!.postMessage(out);
});
