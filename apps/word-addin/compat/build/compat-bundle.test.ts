import { planDocx, ACCOUNTS, TEST_PASSWORD, build as buildServer, type TestApp } from '@cds/server/testing';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocx, readDocx, writeFlatOpc } from '@cds/docx';
import { analyze } from '@cds/rules';
import { buildCleanPlanModel, buildHandTypedPlanModel } from '@cds/plan/testing';
import * as acorn from 'acorn';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEs5, REPO_ROOT, type Es5Bundle } from './es5-bundle.js';
import { createIe11Sandbox } from './ie11-sandbox.js';

/**
 * The compatibility pane as shipped (one ES5 script: the pane, the adapter, the core):
 * it parses as ES5; its core runs where only ES5 and its own polyfills exist and judges
 * real plan documents exactly as the modern build; and the pane works in Chromium
 * with the in-memory Word in place of office.js (Chromium is not IE11: this proves
 * the flows, not Trident). Screenshots go to CDS_SCREENS_DIR when it is set.
 */
const compatDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const screens = process.env.CDS_SCREENS_DIR;
let bundle: Es5Bundle;
beforeAll(async () => {
  bundle = await buildEs5(path.join(compatDir, 'src/main.ts'), { globalName: 'CdsCompat' });
  console.info(
    `compat.js: ${bundle.size} B minified, ${bundle.gzipped} B gzipped (modern ESM unminified ${bundle.modernSize} B), ${bundle.polyfills.length} core-js modules`,
  );
}, 600_000);

const brokenPlan = () =>
  buildCleanPlanModel({
    agencyKind: 'province',
    mutations: [
      { kind: 'dropSection', section: 'P2.V' },
      { kind: 'emptyItem', section: 'P1.II.3', part: 'results' },
      { kind: 'guidanceVerbatim', section: 'P2.III.6' },
      { kind: 'placeholder', section: 'P1.II.4', part: 'shortcomings' },
      { kind: 'swapSections', a: 'P2.IV.1', b: 'P2.IV.2' },
      { kind: 'unquantifiedTarget', row: 0 },
      { kind: 'badDeadline', row: 1, text: 'Quý V/2026' },
      { kind: 'unknownHeading', after: 'P2.I', number: '3.', title: 'Nội dung khác', level: 2 },
      // Text pasted from a TCVN3-encoded document (the format-unicode rule).
      { kind: 'setBody', section: 'P2.II.1', paragraphs: ['Ch\u00adu\u00acng tr\u00d7nh chuy\u00d3n \u00ae\u00e6i s\u00e8 c\u00f1a t\u00c9nh.'] },
    ],
  });

describe('the compatibility bundle under ES5 constraints', () => {
  it('parses as ES5: nothing newer slipped in', () => {
    expect(() => acorn.parse(bundle.code, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    expect(bundle.polyfills).toEqual(
      expect.arrayContaining(['core-js/modules/es.map.js', 'core-js/modules/es.set.js', 'core-js/modules/es.symbol.js', 'core-js/modules/es.promise.js']),
    );
  });

  it('judges real plan documents exactly as the modern build, with no Map, Set, Promise, Symbol or ES2015 method of its host', () => {
    const docs = {
      clean: writeDocx(buildCleanPlanModel()),
      broken: writeDocx(brokenPlan()),
      handTyped: writeDocx(buildHandTypedPlanModel({ agencyKind: 'central' })),
    };
    const sandbox = createIe11Sandbox({ __docs: docs });
    expect(sandbox.run('[typeof Map, typeof Promise, typeof Symbol, typeof "".normalize, typeof Array.from, typeof TextDecoder].join()')).toBe(
      'undefined,undefined,undefined,undefined,undefined,undefined',
    );
    sandbox.run(bundle.code, 'compat.js');
    // The bundle brought what IE11 lacks; Proxy and BigInt it cannot, and does not need.
    expect(sandbox.run('[typeof Map, typeof Promise, typeof Symbol, typeof "".normalize, typeof TextDecoder, typeof Proxy, typeof BigInt].join()')).toBe(
      'function,function,function,function,function,undefined,undefined',
    );
    for (const [name, bytes] of Object.entries(docs)) {
      const modern = analyze(readDocx(bytes));
      const es5 = JSON.parse(sandbox.run(`JSON.stringify(CdsCompat.analyze(CdsCompat.readDocx(__docs.${name})))`) as string);
      expect(es5.findings, name).toEqual(JSON.parse(JSON.stringify(modern.findings)));
      expect(es5.sections, name).toEqual(JSON.parse(JSON.stringify(modern.sections)));
      expect(es5.counts, name).toEqual(modern.counts);
      console.info(`${name}: ${modern.findings.length} findings ${JSON.stringify(modern.counts)}, identical under ES5`);
    }
    const broken = analyze(readDocx(docs.broken)).counts;
    expect(broken.error).toBeGreaterThan(2);
    expect(broken.warning + broken.info).toBeGreaterThan(0);
    // Every regular expression built at run time passed the ES5 check (the sandbox throws otherwise).
    expect(sandbox.regExpsBuilt.length).toBeGreaterThan(0);
  });

  it('writes the flat OPC Word inserts, byte for byte as the modern writer', () => {
    const model = buildCleanPlanModel({ agencyKind: 'central' });
    const sandbox = createIe11Sandbox({ __model: JSON.parse(JSON.stringify(model)) });
    sandbox.run(bundle.code, 'compat.js');
    expect(sandbox.run('CdsCompat.writeFlatOpc(__model)')).toBe(writeFlatOpc(model));
  });
});

describe('the compatibility pane in Chromium, with the in-memory Word (Office 2019 preset)', () => {
  let browser: Browser;
  let wordHost: string;
  beforeAll(async () => {
    const host = await build({
      entryPoints: [path.join(REPO_ROOT, 'libs/word-host/src/browser.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      write: false,
      logLevel: 'silent',
    });
    wordHost = host.outputFiles[0]!.text;
    browser = await chromium.launch({
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
    if (screens) mkdirSync(screens, { recursive: true });
  }, 120_000);
  afterAll(() => browser?.close());

  /** Opens the pane as Word would, office.js replaced by the in-memory host holding `docx` (none: outside Office); /api goes to `api`. */
  async function openPane(docx: Uint8Array | null, api?: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 340, height: 760 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      docx === null
        ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({
            contentType: 'text/javascript',
            body: `window.__wordHostConfig = { preset: 'office2019', docxBase64: ${JSON.stringify(Buffer.from(docx).toString('base64'))} };\n${wordHost}`,
          }),
    );
    if (api) {
      await page.route('https://cds.test/api/**', async (route) => {
        const response = await route.fetch({ url: api + new URL(route.request().url()).pathname });
        await route.fulfill({ response });
      });
    }
    await page.route('https://cds.test/addin/**', (route) => {
      const name = new URL(route.request().url()).pathname.replace('/addin/compat/', '');
      if (name === 'compat.js') return route.fulfill({ contentType: 'text/javascript', body: bundle.code });
      if (name === 'index.html' || name === 'compat.css')
        return route.fulfill({ contentType: name.endsWith('.css') ? 'text/css' : 'text/html', body: readFileSync(path.join(compatDir, name)) });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto('https://cds.test/addin/compat/index.html');
    return page;
  }
  const shot = async (page: Page, name: string) => {
    if (screens) writeFileSync(path.join(screens, `${name}.png`), await page.screenshot());
  };

  it('inserts the framework into an empty document, then lists what is still missing', async () => {
    const page = await openPane(writeDocx({ body: [], sections: [], defaults: {} } as unknown as Parameters<typeof writeDocx>[0]));
    await page.getByRole('button', { name: 'Chèn khung kế hoạch' }).waitFor();
    await shot(page, '01-start');
    await page.getByRole('button', { name: 'Chèn khung kế hoạch' }).click();
    await page.getByText('Đã chèn khung kế hoạch').waitFor({ timeout: 30_000 });
    const tags = await page.evaluate(
      () => JSON.stringify((window as unknown as { __wordHost: { document: unknown } }).__wordHost.document).match(/cds:section:[A-Z0-9.]+/g)?.length ?? 0,
    );
    expect(tags).toBeGreaterThan(30);
    expect(await page.locator('.group').count()).toBeGreaterThan(5);
    await shot(page, '02-framework-inserted');
    await page.close();
  }, 60_000);

  it("validates a plan with defects: the counts are the core's, grouped by section, and a click selects the place in Word", async () => {
    const model = brokenPlan();
    const bytes = writeDocx(model);
    const expected = analyze(readDocx(bytes)).counts;
    const page = await openPane(bytes);
    await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
    await page.locator('.chip.error').waitFor({ timeout: 30_000 });
    expect(await page.locator('.chip.error').textContent()).toBe(`${expected.error} Lỗi`);
    expect(await page.locator('.chip.warning').textContent()).toBe(`${expected.warning} Cảnh báo`);
    expect(await page.locator('.group h3').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('P1.II.3')]));
    await shot(page, '03-findings');
    const selection = () =>
      page.evaluate(() => JSON.stringify((window as unknown as { __wordHost: { state: { selection?: unknown } } }).__wordHost.state.selection ?? null));
    const before = await selection();
    const target = page.locator('.group', { hasText: 'P1.II.3' }).locator('button.finding').first();
    await target.click();
    await expect.poll(selection).not.toBe(before);
    expect(await target.getAttribute('class')).toContain('visited');
    await shot(page, '04-finding-selected');
    await page.close();
  }, 60_000);

  it('outside Office says where the pane belongs', async () => {
    const page = await openPane(null);
    await page.getByText('Hãy mở nó trong Word').waitFor();
    await shot(page, '05-outside-office');
    await page.close();
  }, 30_000);

  describe("submission through the server's routes (XMLHttpRequest), against the real server", () => {
    let t: TestApp;
    let api: string;
    beforeAll(async () => {
      t = await buildServer();
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const address = t.app.server.address() as { port: number };
      api = `http://127.0.0.1:${address.port}`;
    }, 120_000);
    afterAll(() => t?.close());

    const signIn = async (page: Page, account: keyof typeof ACCOUNTS) => {
      await page.getByLabel('Email').fill(ACCOUNTS[account].email);
      await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
    };

    it('a submitter signs in, sends the open document, and sees the receipt the server issued', async () => {
      const page = await openPane(planDocx().bytes, api);
      await signIn(page, 'submitterA');
      await page.getByText('Đã đăng nhập: submitterA (Thành phố Hà Nội)').waitFor({ timeout: 15_000 });
      await shot(page, '06-signed-in');
      await page.getByRole('button', { name: 'Gửi kế hoạch' }).click();
      await page.locator('.receipt-number').waitFor({ timeout: 30_000 });
      const number = /BKHCN-2026-\d+/.exec((await page.locator('.receipt-number').textContent()) ?? '')?.[0];
      expect(number).toBeTruthy();
      await page.locator('.receipt').scrollIntoViewIfNeeded();
      await shot(page, '07-receipt');
      const board = await t.as('reviewer', { method: 'GET', url: '/api/mst/plans?status=submitted' });
      expect(board.json().items.map((r: { agency: { code: string } }) => r.agency.code)).toContain('01');
      const sha = /[0-9a-f]{64}/.exec((await page.locator('.sha').textContent()) ?? '')?.[0];
      const detail = await t.as('reviewer', {
        method: 'GET',
        url: `/api/mst/plans/${board.json().items.find((r: { agency: { code: string } }) => r.agency.code === '01').planId}`,
      });
      expect(detail.json().submissions[0]).toMatchObject({ receiptNumber: number, sha256: sha });
      await page.close();
    }, 90_000);

    it('a drafter is told in Vietnamese that only the submitter can send; a wrong password is refused likewise', async () => {
      const page = await openPane(planDocx({}, '01').bytes, api);
      await signIn(page, 'drafterA');
      await page.getByRole('button', { name: 'Gửi kế hoạch' }).click();
      await page.getByText('Chuyên viên soạn thảo không được gửi kế hoạch').waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: 'Đăng xuất' }).click();
      await page.getByLabel('Email').fill(ACCOUNTS.submitterA.email);
      await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByText('Email hoặc mật khẩu không đúng.').waitFor({ timeout: 15_000 });
      await page.close();
    }, 90_000);

    it('runs the diagnostics on this Word (Office 2019: WordApi 1.3) and, signed in, sends the report to the administrators', async () => {
      const page = await openPane(planDocx().bytes, api);
      await signIn(page, 'submitterA');
      await page.getByText('Đã đăng nhập: submitterA').waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Chạy chẩn đoán' }).click();
      await page.getByText('Đã gửi báo cáo chẩn đoán cho quản trị viên.').waitFor({ timeout: 30_000 });
      expect(await page.locator('.diag').textContent()).toContain('WordApi 1.3');
      await page.locator('.diagnostics').scrollIntoViewIfNeeded();
      await shot(page, '08-diagnostics');
      const list = (await t.as('admin', { method: 'GET', url: '/api/admin/diagnostics' })).json();
      expect(list.total).toBe(1);
      expect(list.items[0]).toMatchObject({
        user: { email: ACCOUNTS.submitterA.email },
        agency: { code: '01' },
        capabilities: { sets: { 'WordApi 1.3': true, 'WordApi 1.4': false } },
      });
      expect(await page.locator('.diag li').count()).toBe(list.items[0].steps.length);
      await page.close();
    }, 90_000);
  });
});
