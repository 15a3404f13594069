/**
 * The built task pane in headless Chromium, with the in-memory Word host in place of
 * office.js, against the real server: the flows of issue 12 on the web and Office 2019
 * presets. Each saved .docx opens in LibreOffice and the CLI finds what the pane showed.
 */
import { docxText, readDocx, writeDocx } from '@cds/docx';
import { buildCleanPlanModel } from '@cds/plan/testing';
import type { HostPreset } from '@cds/word-host';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliFindings, errorCount, openPane, paneFindings, savedDocx, SCREENS, soffice, startRig, writeTmp, type Rig } from './support.js';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
}, 180_000);
afterAll(async () => rig?.close());

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
/**
 * axe-core on the pane as it is now: no violations. Fluent's focus manager (Tabster) keeps
 * aria-hidden sentinel <i> elements that pass focus on at once; axe flags them, they are excluded.
 */
const axeClean = async (page: Page) => {
  const r = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};
const live = async (page: Page) => {
  await page
    .getByTestId('checking')
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => undefined);
};

/** Types text into the empty body paragraph right after a section's heading, as a user would. */
async function fillSection(page: Page, section: string, text: string) {
  await page.evaluate(
    async ({ section, text }) => {
      type B = { kind: string; id: string; cc?: { tag?: string }; children?: B[]; inlines?: { text?: string }[] };
      const host = (window as unknown as { __wordHost: { document: { body: B[] }; user: { type(id: string, t: string): Promise<void> } } }).__wordHost;
      const find = (list: B[]): B | undefined => {
        for (const b of list) {
          if (b.kind === 'blockControl' && b.cc?.tag === `cds:section:${section}`) return b;
          const inner = b.children && find(b.children);
          if (inner) return inner;
        }
      };
      const cc = find(host.document.body);
      const empty = cc?.children?.find((c) => c.kind === 'paragraph' && !(c.inlines ?? []).some((i) => i.text));
      if (!empty) throw new Error(`no empty paragraph in ${section}`);
      await host.user.type(empty.id, text);
    },
    { section, text },
  );
}

/** Saved files with the findings the pane showed; the last test opens them all in LibreOffice and the CLI. */
const saved: { name: string; file: string; pane: string[] }[] = [];
async function savedAgrees(page: Page, name: string) {
  const file = writeTmp(rig, `${name}.docx`, await savedDocx(page));
  saved.push({ name, file, pane: await paneFindings(page) });
  return file;
}

const PRESETS: HostPreset[] = ['web', 'office2019'];

describe.each(PRESETS)('the task pane on %s', (preset) => {
  it('inserts the framework into an empty document and the error count falls as sections are filled', async () => {
    const page = await openPane(rig, preset);
    await shot(page, `${preset}-01-empty`);
    await page.getByRole('tab', { name: 'Soạn thảo' }).click();
    await shot(page, `${preset}-02-compose`);
    await axeClean(page);
    await page.getByTestId('insert-framework').click();
    await page.getByText('Đã chèn.').waitFor();
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await live(page);
    const start = await errorCount(page);
    expect(start).toBeGreaterThan(0);
    await shot(page, `${preset}-03-framework-inserted`);
    await axeClean(page);
    let last = start;
    for (const section of ['P2.I', 'P2.V', 'P2.II.1']) {
      await fillSection(
        page,
        section,
        'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ, kế hoạch được xây dựng với nội dung cụ thể.',
      );
      // Live re-validation: on desktop presets the hint is the selection event; the pass is debounced.
      await expect.poll(() => errorCount(page), { timeout: 15_000 }).toBeLessThan(last);
      last = await errorCount(page);
    }
    await shot(page, `${preset}-04-sections-filled`);
    await savedAgrees(page, `${preset}-framework`);
    await page.context().close();
  });

  it.each(['testing', 'libreoffice'] as const)('adopts a plain plan .docx (%s) without changing its text', async (origin) => {
    let bytes = writeDocx(buildCleanPlanModel({ form: 'plain' }));
    if (origin === 'libreoffice') {
      const src = writeTmp(rig, `plain-${preset}.docx`, bytes);
      const out = join(rig.tmp, 'lo');
      soffice([src], 'docx:MS Word 2007 XML', out);
      bytes = new Uint8Array(readFileSync(join(out, `plain-${preset}.docx`)));
    }
    const page = await openPane(rig, preset, bytes);
    const before = docxText(readDocx(await savedDocx(page)));
    await page.getByRole('tab', { name: 'Tiếp nhận' }).click();
    await page.getByTestId('adopt-scan').click();
    await page.getByTestId('adopt-summary').waitFor();
    await shot(page, `${preset}-05-adopt-preview-${origin}`);
    if (origin === 'testing') await axeClean(page);
    expect(docxText(readDocx(await savedDocx(page)))).toEqual(before); // the preview changed nothing
    await page.getByTestId('adopt-apply').click();
    await page.getByTestId('adopt-note').waitFor();
    await shot(page, `${preset}-06-adopted-${origin}`);
    const after = readDocx(await savedDocx(page));
    expect(docxText(after)).toEqual(before);
    expect(after.body.some((b) => b.kind === 'blockControl')).toBe(true);
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await live(page);
    if (origin === 'testing') expect(await errorCount(page)).toBe(0);
    await savedAgrees(page, `${preset}-adopted-${origin}`);
    await page.context().close();
  });

  it('goes to a finding, applies a quick fix, ignores one with a reason that the saved file keeps', async () => {
    const model = buildCleanPlanModel({
      form: 'structured',
      mutations: [
        { kind: 'dropItem', section: 'P1.II.4', part: 'shortcomings' },
        { kind: 'unquantifiedTarget', row: 1 },
      ],
    });
    const page = await openPane(rig, preset, writeDocx(model));
    await shot(page, `${preset}-07-findings`);
    const item = page.locator('[data-testid=finding][data-rule=item-missing][data-section="P1.II.4"]');
    await item.getByRole('button', { name: 'Đi tới' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const s = (
            window as unknown as { __wordHost: { state: { selection?: { kind: string; paragraph?: { inlines: { text?: string }[] }; node?: unknown } } } }
          ).__wordHost.state.selection;
          return s ? JSON.stringify(s.kind === 'span' ? s.paragraph!.inlines : s.node).slice(0, 400) : '';
        }),
      )
      .toContain('4.');
    await item.getByRole('button', { name: 'Sửa nhanh' }).click();
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(0);
    await shot(page, `${preset}-08-quick-fixed`);

    const target = page.locator('[data-testid=finding][data-rule=indicator-target-unquantified]').first();
    await target.getByRole('button', { name: 'Bỏ qua…' }).click();
    await page.getByTestId('ignore-reason').fill('Chỉ tiêu định tính theo hướng dẫn của Bộ');
    await shot(page, `${preset}-09-ignore-dialog`);
    await axeClean(page);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('[data-testid=finding][data-rule=indicator-target-unquantified][data-ignored=true]').first().waitFor({ timeout: 15_000 });
    await shot(page, `${preset}-10-ignored`);
    const file = await savedAgrees(page, `${preset}-ignored`);
    await page.context().close();

    const reopened = await openPane(rig, preset, new Uint8Array(readFileSync(file)));
    await reopened.locator('[data-testid=finding][data-rule=indicator-target-unquantified][data-ignored=true]').first().waitFor({ timeout: 15_000 });
    await shot(reopened, `${preset}-11-reopened-ignore-kept`);
    await reopened.context().close();
  });
});

describe('signed in', () => {
  it('signs in, gets the agency and its catalogue (catalogue rule on), and sends the diagnostics report', async () => {
    const { ACCOUNTS, TEST_PASSWORD } = await import('@cds/server/testing');
    const page = await openPane(rig, 'ltsc2024', writeDocx(buildCleanPlanModel({ form: 'structured' })));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Thư điện tử').fill(ACCOUNTS.drafterA.email);
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await shot(page, 'ltsc2024-12-sign-in');
    await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
    await page.getByTestId('signed-in').waitFor();
    await shot(page, 'ltsc2024-13-signed-in');
    await axeClean(page);
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await live(page);
    expect(await page.getByTestId('offline').count()).toBe(0);
    await page.getByRole('tab', { name: 'Chẩn đoán' }).click();
    await page.getByTestId('diagnostics-run').click();
    await page.getByText('Đã gửi báo cáo cho quản trị viên.').waitFor({ timeout: 20_000 });
    await shot(page, 'ltsc2024-14-diagnostics');
    await page.context().close();
  });

  it('says so when the server cannot be reached', async () => {
    const page = await openPane(rig, 'web');
    await page.route('**/api/**', (r) => r.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Thư điện tử').fill('drafter@hanoi.test.vn');
    await page.getByLabel('Mật khẩu').fill('x');
    await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
    await page.getByText('Không kết nối được máy chủ', { exact: false }).waitFor();
    await shot(page, 'web-15-server-unreachable');
    await page.context().close();
  });
});

describe('the saved files', () => {
  it('open in LibreOffice, and the CLI finds what the pane showed', async () => {
    expect(saved.length).toBe(PRESETS.length * 4);
    soffice(
      saved.map((x) => x.file),
      'pdf',
      rig.tmp,
    );
    for (const x of saved) expect(existsSync(join(rig.tmp, `${x.name}.pdf`)), x.name).toBe(true);
    const cli = await Promise.all(saved.map((x) => cliFindings(x.file)));
    saved.forEach((x, i) => expect(cli[i], x.name).toEqual(x.pane));
  });
});

describe('outside Word', () => {
  it('says in Vietnamese that the pane runs in Word', async () => {
    const ctx = await rig.browser.newContext({ viewport: { width: 340, height: 600 } });
    // office.js in a plain browser: onReady answers with no host.
    await ctx.route('https://appsforoffice.microsoft.com/**', (r) =>
      r.fulfill({ contentType: 'application/javascript', body: 'window.Office={onReady:function(){return Promise.resolve({host:null,platform:null})}};' }),
    );
    const page = await ctx.newPage();
    await page.goto(`${rig.base}/addin/taskpane.html`);
    await page.getByTestId('outside-office').waitFor();
    expect(await page.getByTestId('outside-office').innerText()).toContain('Microsoft Word');
    await shot(page, 'outside-office');
    await ctx.close();
  });
});
