/**
 * `npm run bench`, the add-in's phase: on the 150-page plan, Word round trips and time
 * for one full validation pass and for a re-validation after a one-paragraph edit
 * (in-memory host, presets web and office2019); the task pane's JavaScript gzipped;
 * time to interactive in headless Chromium.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { paragraphs, paragraphText } from '@cds/model';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { isPlainBodyText, type AnalyzerPass } from '@cds/rules';
import { createIncrementalAnalyzer, validateDocument } from '@cds/word-adapter';
import { createWordHost, type HostPreset } from '@cds/word-host';

const ROOT = resolve(import.meta.dirname, '../../..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => n.toFixed(1);
/** Where the core's time went (median of each part): see AnalyzerPass.ms. */
const parts = (xs: AnalyzerPass[]) => (['diff', 'extract', 'index', 'rules'] as const).map((k) => `${k} ${fmt(median(xs.map((x) => x.ms[k])))}`).join(', ');

async function validation(preset: HostPreset) {
  const model = buildCleanPlanModel({ agencyKind: 'province', size: LARGE_PLAN_SIZE, form: 'structured' });
  const host = createWordHost({ preset, document: model });
  const uninstall = host.install();
  const analyzer = createIncrementalAnalyzer();
  const full: { syncs: number; read: number; rules: number; pass: AnalyzerPass }[] = [];
  for (let i = 0; i < 5; i++) {
    const fresh = createIncrementalAnalyzer();
    const { result, syncs } = await host.measure(() => validateDocument({ analyzer: fresh }));
    full.push({ syncs, read: result.readMs, rules: result.rulesMs, pass: result.pass });
  }
  await validateDocument({ analyzer });
  const edits: { syncs: number; read: number; rules: number; pass: AnalyzerPass }[] = [];
  // A sentence of a section's body (the 50th long one), where drafters type: not a heading, a caption or a table cell.
  const target = [...paragraphs(host.document.body)]
    .filter((x) => !x.table)
    .map((x) => x.paragraph)
    .filter((p) => paragraphText(p).length > 40 && isPlainBodyText(p))[50]!;
  for (let i = 0; i < 9; i++) {
    await host.user.type(target.id, ` thêm ${i}`);
    const { result, syncs } = await host.measure(() => validateDocument({ analyzer }));
    edits.push({ syncs, read: result.readMs, rules: result.rulesMs, pass: result.pass });
  }
  const unchanged = await host.measure(() => validateDocument({ analyzer }));
  uninstall();
  const paras = [...paragraphs(model.body)].length;
  console.log(
    `${preset.padEnd(10)} ${paras} paragraphs | full pass: ${full[0]!.syncs} round trips, read ${fmt(median(full.map((x) => x.read)))} ms, rules ${fmt(median(full.map((x) => x.rules)))} ms` +
      ` (goal ≤ 20 ms; ${parts(full.map((x) => x.pass))})` +
      ` | after a one-paragraph edit: ${edits[0]!.syncs} round trips, read ${fmt(median(edits.map((x) => x.read)))} ms, rules ${fmt(median(edits.map((x) => x.rules)))} ms` +
      ` (goal ≤ 5 ms; ${[...new Set(edits.map((x) => x.pass.mode))].join('/')}, ${edits[0]!.pass.rulesRun} of ${full[0]!.pass.rulesRun} rules run; ${parts(edits.map((x) => x.pass))})` +
      ` | unchanged: rules ${fmt(unchanged.result.rulesMs)} ms (${unchanged.result.pass.mode})`,
  );
}

async function paneAndTti() {
  const tmp = mkdtempSync(join(tmpdir(), 'cds-addin-bench-'));
  try {
    process.env.ADDIN_OUT_DIR = join(tmp, 'addin');
    await viteBuild({ configFile: join(ROOT, 'apps/word-addin/vite.config.ts'), logLevel: 'silent' });
    const assets = join(tmp, 'addin/assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const gz = js.reduce((n, f) => n + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
    console.log(`task pane JS: ${js.length} file(s), ${(gz / 1024).toFixed(1)} KB gzipped (goal ≤ 350 KB)`);

    await esbuild({
      entryPoints: [join(ROOT, 'libs/word-host/src/browser.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      outfile: join(tmp, 'word-host.js'),
      logLevel: 'silent',
      minify: true,
    });
    const hostJs = readFileSync(join(tmp, 'word-host.js'), 'utf8');
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'application/javascript', '.css': 'text/css' };
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!.replace(/^\/addin\//, '');
      try {
        const body = readFileSync(join(tmp, 'addin', path || 'taskpane.html'));
        res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const times: number[] = [];
    const shown: number[] = [];
    for (let i = 0; i < 7; i++) {
      const ctx = await browser.newContext({ viewport: { width: 340, height: 900 } });
      await ctx.route('https://appsforoffice.microsoft.com/**', (r) => r.fulfill({ body: hostJs, contentType: 'application/javascript' }));
      await ctx.addInitScript(() => ((window as unknown as { __wordHostConfig: unknown }).__wordHostConfig = { preset: 'web' }));
      const page = await ctx.newPage();
      await page.goto(`http://127.0.0.1:${port}/addin/taskpane.html`);
      await page.getByRole('tab', { name: 'Kiểm tra' }).waitFor();
      shown.push(await page.evaluate(() => performance.now()));
      await page.getByTestId('counts').waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await ctx.close();
    }
    await browser.close();
    server.close();
    console.log(
      `time to interactive (navigation → first findings shown, empty document): median ${fmt(median(times))} ms of ${times.length} (goal ≤ 1000 ms)` +
        ` | pane on screen (tabs usable, before the first check): median ${fmt(median(shown))} ms`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await validation('web');
await validation('office2019');
// ADDIN_BENCH=validation: the validation passes alone (no build, no browser).
if (process.env.ADDIN_BENCH !== 'validation') await paneAndTti();
