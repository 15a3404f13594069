/**
 * E2E support: builds the pane and the in-memory Word host's browser bundle into a
 * temporary folder, starts the real server in-process on a random loopback port
 * (PGlite), and opens the pane in headless Chromium with the host in place of office.js.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import type { HostPreset } from '@cds/word-host';
import type { AccountName, TestApp } from '@cds/server/testing';

const ROOT = resolve(import.meta.dirname, '../../..');
export const SCREENS = '/work/notes/screens/addin';

export interface Rig {
  base: string;
  browser: Browser;
  tmp: string;
  hostJs: string;
  /** The server in process: its database, fixture, clock, and `as(account, …)` for API calls. */
  server: TestApp;
  close(): Promise<void>;
}

export async function startRig(): Promise<Rig> {
  const tmp = mkdtempSync(join(tmpdir(), 'cds-addin-e2e-'));
  process.env.ADDIN_OUT_DIR = join(tmp, 'addin');
  await viteBuild({ configFile: join(ROOT, 'apps/word-addin/vite.config.ts'), logLevel: 'warn' });
  await esbuild({
    entryPoints: [join(ROOT, 'libs/word-host/src/browser.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    outfile: join(tmp, 'word-host.js'),
    logLevel: 'warning',
  });
  const hostJs = readFileSync(join(tmp, 'word-host.js'), 'utf8');
  process.env.ADDIN_DIST = join(tmp, 'addin');
  const { build } = await import('@cds/server/testing');
  const t = await build();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const addr = t.app.server.address() as { port: number };
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(SCREENS, { recursive: true });
  return {
    base: `http://127.0.0.1:${addr.port}`,
    browser,
    tmp,
    hostJs,
    server: t,
    async close() {
      await browser.close();
      await t.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export interface PaneOptions {
  /** Default 340×900 (Word's default pane). */
  viewport?: { width: number; height: number };
  /**
   * getFileAsync fails as Word on the web answers it for documents on SharePoint Online or
   * a third-party WOPI host (OfficeDev/office-js #6747, #6743): at once, code 11001,
   * "A network problem has prevented retrieval of the file."
   */
  getFileAsyncFails?: boolean;
  /** The browser's clock starts here and runs on (the server's test clock is fixed: the pane's countdown should agree with it). */
  now?: Date;
}

/** Appended to the host's script: `Office.context.document.getFileAsync` answers as in OfficeDev/office-js #6747. */
const GET_FILE_NETWORK_PROBLEM = `
;(function () {
  var doc = Office.context.document;
  doc.getFileAsync = function (fileType, options, callback) {
    var cb = typeof options === 'function' ? options : callback;
    var asyncContext = options && typeof options === 'object' ? options.asyncContext : undefined;
    setTimeout(function () {
      if (cb) cb({ status: 'failed', value: undefined, asyncContext: asyncContext,
        error: { code: 11001, name: 'Network Problem', message: 'A network problem has prevented retrieval of the file.' } });
    }, 0);
  };
})();
`;

/** Opens the pane (340 px wide, as Word's default pane) on a document in the given host preset. */
export async function openPane(rig: Rig, preset: HostPreset, docx?: Uint8Array, o: PaneOptions = {}): Promise<Page> {
  const ctx = await rig.browser.newContext({ viewport: o.viewport ?? { width: 340, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  if (o.now) await ctx.clock.setSystemTime(o.now);
  const body = o.getFileAsyncFails ? rig.hostJs + GET_FILE_NETWORK_PROBLEM : rig.hostJs;
  await ctx.route('https://appsforoffice.microsoft.com/**', (r) => r.fulfill({ body, contentType: 'application/javascript' }));
  await ctx.addInitScript((cfg) => ((window as unknown as { __wordHostConfig: unknown }).__wordHostConfig = cfg), {
    preset,
    ...(docx ? { docxBase64: Buffer.from(docx).toString('base64') } : {}),
  });
  const page = await ctx.newPage();
  await page.goto(`${rig.base}/addin/taskpane.html`);
  await page.getByTestId('counts').waitFor({ timeout: 20_000 });
  return page;
}

/** Signs in through the pane's account form as a fixture account and waits for the session. */
export async function signIn(page: Page, account: AccountName): Promise<void> {
  const { ACCOUNTS, TEST_PASSWORD } = await import('@cds/server/testing');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Thư điện tử').fill(ACCOUNTS[account].email);
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.getByTestId('signed-in').waitFor();
}

/** The .docx the host would save (getFileAsync), from the page. */
export async function savedDocx(page: Page): Promise<Uint8Array> {
  const b64 = await page.evaluate(() => {
    const bytes = (window as unknown as { __wordHost: { save(): Uint8Array } }).__wordHost.save();
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/** The findings the pane shows, as comparable strings. */
export async function paneFindings(page: Page): Promise<string[]> {
  const items = await page
    .getByTestId('finding')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-severity')} ${e.getAttribute('data-rule')} ${e.getAttribute('data-section') || '-'}${e.getAttribute('data-ignored') === 'true' ? ' ignored' : ''}`,
      ),
    );
  return items.sort();
}

export const errorCount = async (page: Page) => Number(await page.getByTestId('counts').getAttribute('data-errors'));

/** LibreOffice: convert files with one start and a private profile. */
export function soffice(files: string[], filter: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-addin-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}/user`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files],
      {
        stdio: 'pipe',
        timeout: 120_000,
        env: { ...process.env, TMPDIR: profile },
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const run = promisify(execFile);
const PAGE_RULES = new Set(['format-page', 'format-margins', 'format-page-number']);

/** `npm run cli -- validate FILE --json`, as comparable strings (the page rules the pane leaves to the server removed). */
export async function cliFindings(file: string): Promise<string[]> {
  const { stdout: out } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'tools/cli/src/main.ts'), 'validate', file, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 << 20,
  });
  const json = JSON.parse(out) as { findings: { severity: string; rule: string; section: string | null; ignored?: unknown }[] };
  return json.findings
    .filter((f) => !PAGE_RULES.has(f.rule))
    .map((f) => `${f.severity} ${f.rule} ${f.section ?? '-'}${f.ignored ? ' ignored' : ''}`)
    .sort();
}

export function writeTmp(rig: Rig, name: string, bytes: Uint8Array): string {
  const p = join(rig.tmp, name);
  writeFileSync(p, bytes);
  return p;
}
