import { build, draftBody, planDocx, ACCOUNTS, TEST_PASSWORD, type TestApp } from '@cds/server/testing';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, launchChromium } from './harness.js';
import { E2E_PASSWORD, seedEveryState, STATES } from './seed.js';

/** Screenshots of every page and state, when asked (DASHBOARD_SCREENS=<folder>). */
const SCREENS = process.env.DASHBOARD_SCREENS;
if (SCREENS) mkdirSync(SCREENS, { recursive: true });
const shot = async (page: Page, name: string) => {
  if (SCREENS) await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: false });
};

/** axe in the page: no serious or critical violation. */
async function accessible(page: Page, where: string) {
  // Tabster's focus sentinels (Fluent's keyboard navigation) are aria-hidden and hand focus on at once.
  const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad
      .map(
        (v) =>
          `${where}: ${v.id} (${v.impact}) ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')} — ${v.help}`,
      )
      .join('\n'),
  ).toBe('');
}

describe('MST dashboard in Chromium against the real server', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let removeBuild: () => void;
  let tokens: Awaited<ReturnType<typeof seedEveryState>>['tokens'];
  let page: Page;

  beforeAll(async () => {
    const built = await buildDashboard();
    removeBuild = built.remove;
    process.env.DASHBOARD_DIST = built.dir;
    t = await build();
    tokens = (await seedEveryState(t)).tokens;
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    removeBuild?.();
    delete process.env.DASHBOARD_DIST;
  });

  const signIn = async (p: Page, email: string, password: string) => {
    await p.goto(`${base}/login`);
    await p.getByLabel('Thư điện tử').fill(email);
    await p.getByLabel('Mật khẩu').fill(password);
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
  };

  it('signs a reviewer in and shows the board with the numbers in the database', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Kế hoạch chuyển đổi số' }).waitFor();
    await shot(page, '01-login');
    await accessible(page, 'login');
    await page.getByLabel('Thư điện tử').fill(ACCOUNTS.reviewer.email);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText(/không đúng/i).waitFor();
    await shot(page, '02-login-error');
    await signIn(page, ACCOUNTS.reviewer.email, TEST_PASSWORD);
    await page.locator('[data-agency="01"]').waitFor();
    await page.getByText('● Cập nhật trực tiếp').waitFor();

    const rows = (await t.database.db.execute(sql`
      select count(*)::int as agencies, count(p.id) filter (where p.submitted_at is not null)::int as submitted,
        count(*) filter (where p.late)::int as late, count(*) filter (where p.id is null)::int as not_started
      from agencies left join plans p on p.agency_id = agencies.id`)) as unknown as {
      rows: { agencies: number; submitted: number; late: number; not_started: number }[];
    };
    const db = rows.rows[0]!;
    const total = async (label: string) => Number(await page.locator(`[data-total="${label}"]`).innerText());
    expect({
      agencies: await total('Cơ quan'),
      submitted: await total('Đã gửi'),
      late: await total('Nộp muộn'),
      not_started: await total('Chưa bắt đầu'),
    }).toEqual(db);
    expect(db).toEqual({ agencies: STATES.length, submitted: 4, late: 1, not_started: 1 });
    for (const s of STATES) {
      const status = s.state === 'late' ? 'submitted' : s.state;
      await expect.poll(() => page.locator(`[data-agency="${s.code}"]`).getAttribute('data-status')).toBe(status);
    }
    await expect.poll(() => page.getByTestId('board-count').innerText()).toBe('Hiển thị 6 / 6 cơ quan');
    await shot(page, '03-board');
    await accessible(page, 'board');
  });

  it('filters and sorts the board', async () => {
    await page.getByRole('searchbox').fill('hai phong');
    await expect.poll(() => page.locator('[data-agency]').count()).toBe(1);
    await shot(page, '04-board-search');
    await page.getByRole('searchbox').fill('');
    await page.getByRole('columnheader', { name: 'Mức hoàn thành' }).click();
    await expect.poll(() => page.locator('[data-agency]').first().getAttribute('data-agency')).toBe('BO-TP');
    await page.getByRole('columnheader', { name: 'Cơ quan' }).click();
  });

  it("moves a row on the open board when a plan syncs through the add-in's API, without reload", async () => {
    const row = page.locator('[data-agency="BO-TP"]');
    expect(await row.getAttribute('data-status')).toBe('not_started');
    const admin = await t.token('admin');
    const agencies = (await t.app.inject({ method: 'GET', url: '/api/admin/agencies', headers: { authorization: `Bearer ${admin}` } })).json() as {
      id: number;
      code: string;
    }[];
    const boTp = agencies.find((a) => a.code === 'BO-TP')!;
    await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { authorization: `Bearer ${admin}` },
      payload: { email: 'drafter.bo-tp2@e2e.test.vn', name: 'drafter', password: E2E_PASSWORD, role: 'drafter', agencyId: boTp.id },
    });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'drafter.bo-tp2@e2e.test.vn', password: E2E_PASSWORD } });
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/plans/mine/draft',
      headers: { authorization: `Bearer ${login.json().token}` },
      payload: draftBody({ plan: planDocx({ agencyKind: 'central' }, 'BO-TP').plan, completeness: 55 }),
    });
    expect(res.statusCode).toBe(201);
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 5000 }).toBe('draft');
    expect(await row.innerText()).toContain('55%');
    await shot(page, '05-board-after-live-sync');
  });

  it('shows a plan page, and a return with a comment reaches the agency', async () => {
    await page.locator('[data-agency="01"] a').click();
    await page.getByRole('heading', { name: 'Kế hoạch của Thành phố Hà Nội' }).waitFor();
    await page.locator('[data-section="P1"]').waitFor();
    await shot(page, '06-plan-content');
    await accessible(page, 'plan content');
    for (const [tab, name] of [
      ['Chỉ tiêu', '07-plan-indicators'],
      ['Nhiệm vụ, dự án', '08-plan-tasks'],
      ['Kết quả kiểm tra', '09-plan-findings'],
      ['Phiên bản và bản gửi', '10-plan-history'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(150);
      await shot(page, name);
      await accessible(page, `plan ${tab}`);
    }
    await page.getByRole('button', { name: 'So sánh' }).click();
    await page.getByText(/Bản đồng bộ số 1 .* → Bản gửi/).waitFor();
    await shot(page, '11-plan-compare');
    await page.getByRole('tab', { name: 'Thẩm định' }).click();
    await page.getByLabel('Góp ý 1', { exact: true }).fill('Bổ sung giải pháp an toàn thông tin cho nền tảng dữ liệu');
    await page.getByLabel('Nhận xét chung').fill('Đề nghị bổ sung trước ngày 20/3.');
    await shot(page, '12-plan-review-form');
    await accessible(page, 'review');
    await page.getByRole('button', { name: 'Gửi kết quả thẩm định' }).click();
    await page.getByText('Đã gửi kết quả thẩm định.').waitFor();
    await shot(page, '13-plan-returned');
    const mine = await t.app.inject({ method: 'GET', url: '/api/plans/mine', headers: { authorization: `Bearer ${tokens['01']!.drafter}` } });
    expect(mine.json().plan.status).toBe('returned');
    expect(mine.json().lastReview).toMatchObject({
      decision: 'return',
      summary: 'Đề nghị bổ sung trước ngày 20/3.',
      comments: [{ comment: 'Bổ sung giải pháp an toàn thông tin cho nền tảng dữ liệu' }],
    });
    expect(mine.json().lastReview.comments[0].section).toMatch(/^P[12]/);
  });

  it('shows indicators across agencies with charts', async () => {
    await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
    await page.getByRole('heading', { name: 'Chỉ tiêu trên cả nước' }).waitFor();
    await page.getByRole('link', { name: 'NQ03-11.1', exact: true }).waitFor();
    await shot(page, '14-indicators');
    await accessible(page, 'indicators');
    await page.getByRole('link', { name: 'NQ03-11.1', exact: true }).click();
    await page.getByRole('heading', { name: 'Mức bao phủ trong các cơ quan được giao' }).waitFor();
    await page.waitForTimeout(400);
    await shot(page, '15-indicator-detail');
    await accessible(page, 'indicator detail');
  });

  it('exports the workbook, whose figures match the database', async () => {
    await page.getByRole('link', { name: 'Xuất dữ liệu' }).click();
    await page.getByRole('heading', { name: 'Xuất dữ liệu tổng hợp' }).waitFor();
    await shot(page, '16-exports');
    await accessible(page, 'exports');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="workbook"]').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tình trạng', 'Chỉ tiêu', 'Nhiệm vụ']);
    const sheet = wb.getWorksheet('Tình trạng')!;
    const fromSheet = new Map<string, { status: unknown; completeness: unknown }>();
    sheet.eachRow((r, i) => {
      if (i > 1) fromSheet.set(String(r.getCell(1).value), { status: r.getCell(4).value, completeness: r.getCell(5).value });
    });
    const db = (await t.database.db.execute(
      sql`select a.code, coalesce(p.status::text, 'not_started') as status, coalesce(p.completeness, 0)::int as completeness from agencies a left join plans p on p.agency_id = a.id`,
    )) as unknown as { rows: { code: string; status: string; completeness: number }[] };
    const labels: Record<string, string> = {
      not_started: 'Chưa bắt đầu',
      draft: 'Đang soạn',
      submitted: 'Đã gửi',
      returned: 'Trả lại',
      accepted: 'Đã chấp nhận',
    };
    expect(Object.fromEntries(fromSheet)).toEqual(Object.fromEntries(db.rows.map((r) => [r.code, { status: labels[r.status], completeness: r.completeness }])));
    const indicatorRows = (await t.database.db.execute(sql`select count(*)::int as n from plans`)) as unknown as { rows: { n: number }[] };
    expect(wb.getWorksheet('Chỉ tiêu')!.rowCount).toBeGreaterThan(indicatorRows.rows[0]!.n);
    await page.getByText(/Đã tải tong-hop/).waitFor();
  });

  it("imports a catalogue with bad rows: each row's error, nothing saved", async () => {
    const adminPage = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true })
    ).newPage();
    await signIn(adminPage, ACCOUNTS.admin.email, TEST_PASSWORD);
    await adminPage.getByRole('link', { name: 'Quản trị' }).click();
    await adminPage.getByLabel('Hạn gửi (giờ Hà Nội)').waitFor();
    await shot(adminPage, '17-admin-round');
    await accessible(adminPage, 'admin round');
    for (const [tab, name] of [
      ['Cơ quan', '18-admin-agencies'],
      ['Tài khoản', '19-admin-users'],
    ] as const) {
      await adminPage.getByRole('tab', { name: tab }).click();
      await adminPage.locator('table').first().waitFor();
      await shot(adminPage, name);
      await accessible(adminPage, `admin ${tab}`);
    }
    const count = async () =>
      ((await t.database.db.execute(sql`select count(*)::int as n from catalog_entries`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    const before = await count();
    await adminPage.getByRole('tab', { name: 'Danh mục chỉ tiêu' }).click();
    const csv =
      'Mã chỉ tiêu;Chỉ tiêu;Đơn vị tính;Áp dụng;Mục tiêu 2026\nCT-01;Tỉ lệ hồ sơ trực tuyến;%;tỉnh;90\nCT-02;;%;tỉnh;80\nCT-03;Tỉ lệ ký số;%;huyện;70\nCT-01;Trùng mã;%;tỉnh;50\n';
    await adminPage.locator('input[type="file"]').setInputFiles({ name: 'danh-muc.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await adminPage.getByTestId('catalog-problems').waitFor();
    const problems = await adminPage.locator('table tbody tr').allInnerTexts();
    expect(problems.map((p) => p.split('\t')[0]!.trim())).toEqual(expect.arrayContaining(['3', '4', '5']));
    expect(await adminPage.getByRole('button', { name: 'Lưu danh mục' }).count()).toBe(0);
    await shot(adminPage, '20-admin-catalog-errors');
    await accessible(adminPage, 'admin catalog');
    expect(await count()).toBe(before);
    const good = 'Mã chỉ tiêu;Chỉ tiêu;Đơn vị tính;Áp dụng;Mục tiêu 2026\nCT-01;Tỉ lệ hồ sơ trực tuyến;%;BO-TP;90\n';
    await adminPage.getByRole('radio', { name: 'Gộp theo mã chỉ tiêu' }).check();
    await adminPage.locator('input[type="file"]').setInputFiles({ name: 'danh-muc.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await adminPage.getByRole('button', { name: 'Lưu danh mục' }).waitFor();
    await shot(adminPage, '21-admin-catalog-preview');
    expect(await count()).toBe(before);
    await adminPage.getByRole('button', { name: 'Lưu danh mục' }).click();
    await adminPage.getByText('Đã lưu danh mục: 1 chỉ tiêu.').waitFor();
    expect(await count()).toBe(before + 1);
    await adminPage.close();
  });

  it('gives an agency its own plan and the web upload path', async () => {
    const agencyPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
    await signIn(agencyPage, 'submitter.79@e2e.test.vn', E2E_PASSWORD);
    await agencyPage.getByTestId('last-review').waitFor();
    expect(await agencyPage.getByTestId('last-review').innerText()).toContain('Thiếu mục tiêu 2030');
    await shot(agencyPage, '22-agency-returned');
    await accessible(agencyPage, 'agency');
    const doc = planDocx({ agencyKind: 'province', mutations: [{ kind: 'dropSection', section: 'P2.V' }] }, '79');
    await agencyPage.locator('input[type="file"]').setInputFiles({
      name: 'KeHoach-79.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(doc.bytes),
    });
    await agencyPage.getByText('Kết quả kiểm tra: KeHoach-79.docx').waitFor();
    await shot(agencyPage, '23-agency-check');
    const clean = planDocx({ agencyKind: 'province' }, '79');
    await agencyPage.locator('input[type="file"]').setInputFiles({
      name: 'KeHoach-79-sua.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(clean.bytes),
    });
    await agencyPage.getByText('Kết quả kiểm tra: KeHoach-79-sua.docx').waitFor();
    await agencyPage.getByRole('button', { name: 'Gửi kế hoạch cho Bộ' }).click();
    await agencyPage
      .getByText(/BKHCN-\d{4}-\d{6}/)
      .first()
      .waitFor();
    await shot(agencyPage, '24-agency-submitted');
    await agencyPage.close();
  });
});
