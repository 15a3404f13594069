/**
 * `npm run bench`, the sync's figures (issue 13) in the built pane, in headless Chromium,
 * with the in-memory Word host (web preset) against the real server in process (PGlite),
 * on the 150-page plan:
 *   - requests per edit burst: 10 keystrokes in 2 s → how many PUT /api/plans/mine/draft;
 *   - bytes per sync: the request bodies of PUT /api/plans/mine/draft as Chromium sent
 *     them (whichever form the engine sends: the whole plan or its changed sections);
 *   - time from the submit click to the receipt (validation, confirmation, getFileAsync
 *     in slices, upload and the server's own check), the confirmation's click included
 *     at once, timed in the page.
 */
import { LARGE_PLAN_SIZE } from '@cds/plan/testing';
import type { Page } from 'playwright-core';
import { openPane, signIn, startRig } from '../e2e/support.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const rig = await startRig();
let exitCode = 0;
try {
  const { planDocx } = await import('@cds/server/testing');
  const large = planDocx({ size: LARGE_PLAN_SIZE });
  const page = await openPane(rig, 'web', large.bytes, { now: rig.server.clock.now });
  // tsx keeps function names with an `__name` helper that the page lacks: the functions below are evaluated there.
  await page.evaluate('window.__name = (f) => f');
  const drafts: { at: number; bytes: number; form: string }[] = [];
  const submits: number[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    const body = r.postDataBuffer();
    if (r.method() === 'PUT' && path === '/api/plans/mine/draft') {
      const form = body ? formOf(body.toString('utf8')) : 'empty';
      drafts.push({ at: Date.now(), bytes: body?.length ?? 0, form });
    }
    if (r.method() === 'POST' && path === '/api/plans/mine/submit') submits.push(body?.length ?? 0);
  });
  await signIn(page, 'submitterA');
  await page.getByTestId('sync-status').waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByTestId('counts').waitFor({ timeout: 60_000 });
  await waitState(page, 'synced');

  // 1. A burst: 10 keystrokes, one every 200 ms (2 s), then quiet until synced.
  const before = drafts.length;
  for (let i = 0; i < 10; i++) {
    await typeInP2V(page, 'x');
    await page.waitForTimeout(200);
  }
  await waitState(page, 'synced', () => drafts.length > before);
  await page.waitForTimeout(3000); // a late second request would land here
  const burst = drafts.length - before;
  const first = drafts.slice(before);

  // 2. Bytes per sync: five more single edits, each left to settle.
  const edits: number[] = [];
  const syncMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const n = drafts.length;
    const t0 = Date.now();
    await typeInP2V(page, ` ${i}`);
    await waitState(page, 'synced', () => drafts.length > n);
    syncMs.push(Date.now() - t0);
    edits.push(...drafts.slice(n).map((d) => d.bytes));
  }

  // 3. Click → receipt, timed in the page: the submit click, the confirmation clicked as soon as it shows.
  const timing = await page.evaluate(
    () =>
      new Promise<{ toConfirm: number; toReceipt: number; steps: string[] }>((resolve, reject) => {
        const steps: string[] = [];
        const t0 = performance.now();
        let confirmAt = 0;
        const check = () => {
          const d = document.querySelector('[data-testid=submit-dialog]');
          const step = d?.getAttribute('data-step') ?? '';
          if (step && steps.at(-1) !== step) steps.push(step);
          if (step === 'confirm' && !confirmAt) {
            confirmAt = performance.now();
            (document.querySelector('[data-testid=confirm-submit]') as HTMLElement).click();
          }
          if (step === 'receipt') {
            observer.disconnect();
            resolve({ toConfirm: confirmAt - t0, toReceipt: performance.now() - t0, steps });
          }
          if (step === 'blocked' || step === 'failed' || step === 'need-file') reject(new Error(`submission stopped at ${step}: ${d?.textContent}`));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
        (document.querySelector('[data-testid=submit-button]') as HTMLElement).click();
      }),
  );
  const receiptSize = await page.getByTestId('receipt').innerText();
  await page.context().close();

  console.log(
    `requests per edit burst (10 keystrokes in 2 s, debounce 1.5 s): ${burst} PUT /api/plans/mine/draft` +
      ` (first sync of the plan: ${first.map((d) => `${kb(d.bytes)} ${d.form}`).join(', ')})`,
  );
  console.log(
    `bytes per sync, 150-page plan (${large.plan.indicators.length} indicators, ${large.plan.tasks.length} tasks), one edit in P2.V: ` +
      `median ${kb(median(edits))} (min ${kb(Math.min(...edits))}, max ${kb(Math.max(...edits))}) over ${edits.length} requests for 5 edits;` +
      ` body form: ${[...new Set(drafts.slice(before + burst).map((d) => d.form))].join(', ')}`,
  );
  console.log(`edit → synced (debounce 1.5 s + read + analyze + PUT), 150-page plan: median ${median(syncMs)} ms`);
  console.log(
    `click → receipt, 150-page plan: ${timing.toReceipt.toFixed(0)} ms (click → confirmation ${timing.toConfirm.toFixed(0)} ms; ` +
      `confirmation → receipt ${(timing.toReceipt - timing.toConfirm).toFixed(0)} ms; steps ${timing.steps.join(' → ')}); ` +
      `multipart body ${submits.map(kb).join(', ')}; receipt ${/BKHCN-\d{4}-\d+/.exec(receiptSize)?.[0] ?? '?'}`,
  );
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await rig.close();
}
// Vite's and esbuild's services would keep the process alive after the figures.
process.exit(exitCode);

/** What a draft request carries: the whole plan, or section hashes with the parts sent. */
function formOf(body: string): string {
  try {
    const j = JSON.parse(body) as { plan?: unknown; sections?: { sections?: unknown[] }; parts?: { rest?: unknown; bodies?: unknown[] } };
    if (j.plan) return 'whole plan';
    if (j.sections)
      return `sectioned (${(j.sections.sections?.length ?? 0) + 1} hashes; ${j.parts?.bodies?.length ?? 0} section bodies${j.parts?.rest ? ' + the rest' : ''} sent)`;
    return 'unknown form';
  } catch {
    return 'not JSON';
  }
}

async function waitState(page: Page, state: string, also: () => boolean = () => true) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const s = await page.getByTestId('sync-status').getAttribute('data-state');
    if (s === state && also()) return;
    if (Date.now() > deadline) throw new Error(`sync state ${s}, waited for ${state}`);
    await page.waitForTimeout(50);
  }
}

async function typeInP2V(page: Page, text: string) {
  await page.evaluate(async (text) => {
    type Inline = { text?: string; children?: Inline[] };
    const textOf = (xs: Inline[] = []): string => xs.map((i) => (i.text ?? '') + textOf(i.children)).join('');
    const host = (
      window as unknown as {
        __wordHost: { user: { type(p: (p: { inlines: Inline[] }) => boolean, t: string, o: { at: 'end' }): Promise<void> } };
      }
    ).__wordHost;
    await host.user.type((p) => textOf(p.inlines).startsWith('Về tổ chức thực hiện'), text, { at: 'end' });
  }, text);
}
