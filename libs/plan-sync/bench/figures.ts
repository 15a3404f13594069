/**
 * The sync's figures for the note (`npx tsx libs/plan-sync/bench/figures.ts`):
 * requests per edit burst, bytes per sync and time from click to receipt on the
 * 150-page plan, against the real server in process (PGlite) and the in-memory Word.
 */
import { LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { gzipSync, strToU8 } from 'fflate';
import { documentIdentityStore, readDocumentFile } from '@cds/word-adapter/sync';
import { createSubmitFlow } from '../src/submit.js';
import { inP2V, paneSession } from '../src/testing/harness.js';
import { build, hostReader, planDocx } from '../src/testing/server.js';

const t = await build();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const large = planDocx({ size: LARGE_PLAN_SIZE });
  const s = await paneSession(t, { account: 'submitterA', bytes: large.bytes, debounceMs: 1500 });
  await s.engine.start();

  // 1. An edit burst: 20 keystrokes 100 ms apart (inside the 1.5 s debounce), then quiet.
  const before = s.net.count('/plans/mine/draft');
  for (let i = 0; i < 20; i++) {
    await s.host.user.type(inP2V, 'x', { at: 'end' });
    s.engine.changed();
    s.clock.advance(100);
  }
  await s.settle(1500);
  const burst = s.net.count('/plans/mine/draft') - before;

  // 2. Bytes per sync of the 150-page plan (request body of PUT /plans/mine/draft), and its time.
  const syncMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await s.host.user.type(inP2V, ` ${i}`, { at: 'end' });
    s.engine.changed();
    const t0 = performance.now();
    await s.settle(1500);
    syncMs.push(performance.now() - t0);
  }
  const draftBytes = s.net.requests.filter((r) => r.path.endsWith('/plans/mine/draft')).map((r) => r.bytes);

  // What a gzip Content-Encoding would make of it (the server does not take one today).
  const reading = await hostReader(s.host)();
  const body = JSON.stringify({
    baseRevision: 1,
    idempotencyKey: 'k',
    plan: reading.plan,
    findingsSummary: reading.counts,
    completeness: reading.completeness,
  });
  const gz = gzipSync(strToU8(body), { level: 6 }).length;
  const share = (k: 'sections' | 'indicators' | 'tasks' | 'projects2025') => JSON.stringify(reading.plan[k]).length;

  // 3. Click to receipt: validation, confirmation, getFileAsync in slices, upload, the server's own check.
  const read = hostReader(s.host);
  let readMs = 0;
  let fileMs = 0;
  const flow = createSubmitFlow({
    client: s.client,
    user: s.user,
    identity: documentIdentityStore(),
    readPlan: async () => {
      const t0 = performance.now();
      const r = await read();
      readMs = performance.now() - t0;
      return r;
    },
    getFile: async () => {
      const t0 = performance.now();
      const b = await readDocumentFile();
      fileMs = performance.now() - t0;
      return b;
    },
  });
  const t0 = performance.now();
  await flow.start();
  await flow.confirm();
  const clickToReceipt = performance.now() - t0;
  const state = flow.state.get();
  if (state.step !== 'receipt') throw new Error(`no receipt: ${JSON.stringify(state).slice(0, 300)}`);
  const fileBytes = s.net.requests.filter((r) => r.path.endsWith('/plans/mine/submit')).map((r) => r.bytes)[0]!;
  s.end();

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`requests per burst of 20 keystrokes within the debounce: ${burst}`);
  console.log(
    `bytes per sync, 150-page plan (${large.plan.indicators.length} indicators, ${large.plan.tasks.length} tasks): median ${kb(median(draftBytes))} (min ${kb(Math.min(...draftBytes))}, max ${kb(Math.max(...draftBytes))}) over ${draftBytes.length} syncs`,
  );
  console.log(
    `  gzip would send ${kb(gz)}; of the JSON, sections ${kb(share('sections'))}, indicators ${kb(share('indicators'))}, tasks ${kb(share('tasks'))}, 2025 projects ${kb(share('projects2025'))}`,
  );
  console.log(`settle → synced (read + analyze + PUT), 150-page plan: median ${median(syncMs).toFixed(0)} ms`);
  console.log(
    `click → receipt, 150-page plan: ${clickToReceipt.toFixed(0)} ms (document read + analyze ${readMs.toFixed(0)} ms, getFileAsync slices ${fileMs.toFixed(0)} ms, upload + server check the rest); multipart ${kb(fileBytes)}, .docx ${kb(state.receipt.size)}, receipt ${state.receipt.number}, SHA-256 ${state.receipt.shaMatches ? 'matches' : 'DIFFERS'}`,
  );
} finally {
  await t.close();
}
