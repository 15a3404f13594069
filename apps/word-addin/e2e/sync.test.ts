/**
 * The built task pane in headless Chromium (in-memory Word host in place of office.js)
 * against the real server (PGlite, in process): the sync and submission flows of
 * issue 13. One plan per agency and round, so the tests are one story and run in order:
 * agency A's plan is synced, edited offline, refused while it has errors, submitted,
 * returned by MST and submitted again through the file picker; agency B opens A's copy.
 * Screenshots at 320×800 go to /work/screens/sync/ (outside the repo).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { docxToFlatOpc, flatOpcToDocx } from '@cds/docx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocx, schema } from '@cds/server/testing';
import { syncMessages } from '@cds/plan-sync';
import { parseIdentityXml } from '@cds/word-adapter/sync';
import { t } from '../src/strings.vi.js';
import { openPane, savedDocx, signIn, soffice, startRig, writeTmp, type PaneOptions, type Rig } from './support.js';
import type { HostPreset } from '@cds/word-host';

/** Where the screenshots go (SYNC_SHOTS to take a second set apart from the first). */
const SHOTS = process.env.SYNC_SHOTS ?? '/work/screens/sync';
const VIEW = { width: 320, height: 800 };
/** The add-in's highlight palette (libs/word-adapter/src/marks.ts): none of it may reach MST. */
const MARK_COLOURS = ['FFC7CE', 'FFEB9C', 'DDEBF7'];
/** A paragraph of P2.V (Tổ chức thực hiện) in the fixture plan, by the start of its text. */
const P2V = 'Về tổ chức thực hiện';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);
afterAll(async () => rig?.close());

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function open(preset: HostPreset, docx: Uint8Array, account: Parameters<typeof signIn>[1], o: PaneOptions = {}) {
  const page = await openPane(rig, preset, docx, { viewport: VIEW, now: rig.server.clock.now, ...o });
  await signIn(page, account);
  await page.getByTestId('sync-status').waitFor({ timeout: 20_000 });
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  return page;
}

const syncState = (page: Page) => page.getByTestId('sync-status').getAttribute('data-state');
/** The status line's text, without its buttons ("Thử lại ngay"). */
const syncLabel = (page: Page) =>
  page.getByTestId('sync-status').evaluate((el) =>
    [...el.childNodes]
      .filter((n) => !(n instanceof HTMLButtonElement))
      .map((n) => (n as HTMLElement).innerText ?? n.textContent)
      .join('')
      .trim(),
  );
async function waitSynced(page: Page) {
  await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe('synced');
  await expect.poll(() => syncLabel(page)).toMatch(/^Đã đồng bộ lúc \d\d:\d\d \d\d\/\d\d\/2026$/);
}

/** Types at the end of the first paragraph whose text starts so, as the user would in Word (fires Word's events). */
async function typeAtEnd(page: Page, startsWith: string, text: string) {
  await page.evaluate(
    async ({ startsWith, text }) => {
      type Inline = { text?: string; children?: Inline[] };
      const textOf = (xs: Inline[] = []): string => xs.map((i) => (i.text ?? '') + textOf(i.children)).join('');
      const host = (
        window as unknown as {
          __wordHost: { user: { type(p: (p: { inlines: Inline[] }) => boolean, t: string, o: { at: 'end' }): Promise<void> } };
        }
      ).__wordHost;
      await host.user.type((p) => textOf(p.inlines).startsWith(startsWith), text, { at: 'end' });
    },
    { startsWith, text },
  );
}

/** What the in-memory Word host has selected (the paragraph's inlines or the node), '' for nothing. */
const selectionText = (page: Page) =>
  page.evaluate(() => {
    type Sel = { kind: string; paragraph?: { inlines: { text?: string }[] }; node?: unknown };
    const s = (window as unknown as { __wordHost: { state: { selection?: Sel } } }).__wordHost.state.selection;
    return s ? JSON.stringify(s.kind === 'span' ? s.paragraph!.inlines : s.node).slice(0, 600) : '';
  });
const setSelection = (page: Page, selection: null) =>
  page.evaluate((sel) => ((window as unknown as { __wordHost: { state: { selection?: unknown } } }).__wordHost.state.selection = sel ?? undefined), selection);

/** Revisions waiting in the pane's IndexedDB queue (Dexie's `revisions` store). */
const queued = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('cds-plan-sync');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const c = db.transaction('revisions').objectStore('revisions').count();
          c.onsuccess = () => {
            resolve(c.result);
            db.close();
          };
          c.onerror = () => reject(c.error);
        };
      }),
  );

/** The revisions of agency A's or B's plan in the database, oldest first. */
async function revisions(agency: 'A' | 'B') {
  const t = rig.server;
  const agencyId = agency === 'A' ? t.fixture.agencyA : t.fixture.agencyB;
  const plan = (await t.app.db.select().from(schema.plans)).find((p) => p.agencyId === agencyId);
  if (!plan) return [];
  return (await t.app.db.select().from(schema.planRevisions)).filter((r) => r.planId === plan.id).sort((a, b) => a.number - b.number);
}
const planOf = async (agency: 'A' | 'B') => {
  const t = rig.server;
  const agencyId = agency === 'A' ? t.fixture.agencyA : t.fixture.agencyB;
  return (await t.app.db.select().from(schema.plans)).find((p) => p.agencyId === agencyId)!;
};
const submissionsOf = async (planId: number) => (await rig.server.app.db.select().from(schema.submissions)).filter((s) => s.planId === planId);

/** P2.V's text in one stored revision, through MST's version API (whichever form the revision was stored in). */
async function p2vOf(planId: number, revision: number): Promise<string> {
  const res = await rig.server.as('reviewer', { method: 'GET', url: `/api/mst/plans/${planId}/versions/r${revision}` });
  expect(res.statusCode, res.body).toBe(200);
  const plan = res.json<{ plan: { sections: { id: string; text: string }[] } }>().plan;
  return plan.sections.find((s) => s.id === 'P2.V')!.text;
}

/** A .docx's XML parts by name (through flat OPC; binary parts left out). */
const xmlParts = (docx: Uint8Array): Record<string, string> =>
  Object.fromEntries(
    docxToFlatOpc(docx)
      .split('<pkg:part ')
      .slice(1)
      .filter((p) => p.includes('<pkg:xmlData>'))
      .map((p) => [/pkg:name="([^"]+)"/.exec(p)![1]!, p]),
  );
/** The identity part the add-in wrote into a .docx (custom XML, urn:cds:plan-identity). */
const identityOf = (docx: Uint8Array) =>
  Object.values(xmlParts(docx))
    .map(parseIdentityXml)
    .find((x) => x !== null) ?? null;

// Agency A's plan: the fixture plan with one unknown heading, an info finding the
// add-in can mark (a highlight on the desktop preset) while staying free of errors.
const docA0 = planDocx({ mutations: [{ kind: 'unknownHeading', after: 'P2.V', number: 'VII', title: 'KIẾN NGHỊ, ĐỀ XUẤT', level: 1 }] }).bytes;
let fileA: Uint8Array; // A's plan after the sync and the offline edits, with its identity
let fileB: Uint8Array; // B's own plan, synced once
let firstReceipt: string;

describe('sync and submission in the pane, against the server', () => {
  it('edit → synced: one revision in the database; a drafter sees submit disabled with the reason', async () => {
    const page = await open('web', docA0, 'drafterA');
    await expect.poll(() => syncState(page)).toBe('synced');
    expect(await syncLabel(page)).toBe(syncMessages.neverSynced);
    await shot(page, '01-signed-in-never-synced');
    // The drafter may sync but not submit: the button is there, disabled, and says why.
    const button = page.getByTestId('submit-button');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByTestId('submit-reason').innerText()).toBe(syncMessages.drafterCannotSubmit);
    await button.click({ force: true });
    expect(await page.getByTestId('submit-dialog').count()).toBe(0);

    const before = (await revisions('A')).length;
    await typeAtEnd(page, P2V, ' Sở Khoa học và Công nghệ chủ trì.');
    await expect.poll(() => syncState(page)).toBe('pending');
    expect(await syncLabel(page)).toBe(syncMessages.pending(1));
    await shot(page, '02-pending');
    await waitSynced(page);
    await shot(page, '03-synced');
    const after = await revisions('A');
    expect(after.length - before).toBe(1);
    const plan = await planOf('A');
    expect(plan.currentRevision).toBe(after.at(-1)!.number);
    expect(await p2vOf(plan.id, after.at(-1)!.number)).toContain('Sở Khoa học và Công nghệ chủ trì.');
    // The document now names its plan (custom XML part), so a saved copy carries it.
    fileA = await savedDocx(page);
    expect(identityOf(fileA)).toMatchObject({ planId: plan.id, agencyId: rig.server.fixture.agencyA, lastSyncedRevision: plan.currentRevision });
    await page.context().close();
  });

  it('offline: three separate edits queue, and back online they become exactly three revisions, in order', async () => {
    const page = await open('web', fileA, 'drafterA');
    await expect.poll(() => syncState(page), { timeout: 15_000 }).toBe('synced');
    const start = await revisions('A');
    await page.context().setOffline(true);
    const words = [' Một.', ' Hai.', ' Ba.'];
    for (const [i, word] of words.entries()) {
      await typeAtEnd(page, P2V, word);
      // Each edit settles into its own queued revision before the next one.
      await expect.poll(() => queued(page), { timeout: 15_000 }).toBe(i + 1);
      await expect.poll(() => syncState(page), { timeout: 15_000 }).toBe('offline');
    }
    expect(await syncLabel(page)).toBe(syncMessages.offline(3));
    await shot(page, '04-offline-3-pending');
    expect((await revisions('A')).length).toBe(start.length); // nothing reached the server

    await page.context().setOffline(false);
    await waitSynced(page);
    expect(await queued(page)).toBe(0);
    await shot(page, '05-back-online-synced');
    const after = await revisions('A');
    const added = after.slice(start.length);
    expect(added).toHaveLength(3);
    // In order: consecutive numbers, each on the one before, each with one more of the words.
    const last = start.at(-1)!.number;
    expect(added.map((r) => [r.number, r.baseRevision])).toEqual([
      [last + 1, last],
      [last + 2, last + 1],
      [last + 3, last + 2],
    ]);
    expect(new Set(added.map((r) => r.idempotencyKey)).size).toBe(3);
    const texts = await Promise.all(added.map((r) => p2vOf(r.planId, r.number)));
    texts.forEach((text, i) => {
      const line = text.split('\n').find((l) => l.startsWith(P2V))!;
      expect(line.endsWith(words.slice(0, i + 1).join(''))).toBe(true);
    });
    fileA = await savedDocx(page);
    await page.context().close();
    expect((await revisions('A')).length).toBe(after.length); // no late duplicate after the pane closed
  });

  it('submit a plan with errors: stopped, with the findings listed, nothing sent', async () => {
    const plan = await planOf('A');
    const subsBefore = (await submissionsOf(plan.id)).length;
    const bad = planDocx({ mutations: [{ kind: 'dropItem', section: 'P1.II.4', part: 'shortcomings' }] }).bytes;
    const page = await open('web', bad, 'submitterA');
    await page.getByTestId('counts').waitFor();
    const button = page.getByTestId('submit-button');
    expect(await button.getAttribute('aria-disabled')).not.toBe('true');
    await button.click();
    const dialog = page.getByTestId('submit-dialog');
    await expect.poll(() => dialog.getAttribute('data-step'), { timeout: 20_000 }).toBe('blocked');
    expect(await dialog.innerText()).toContain(syncMessages.hasErrors(1));
    const listed = page.getByTestId('blocking-findings').locator('li');
    expect(await listed.count()).toBe(1);
    expect(await listed.first().innerText()).toMatch(/^P1\.II\.4: /);
    // "Đi tới" selects the error's place in Word, as the check panel's does.
    await setSelection(page, null);
    await listed
      .first()
      .getByRole('button', { name: syncMessages.ui.goToFinding('P1.II.4') })
      .click();
    await expect.poll(() => selectionText(page), { timeout: 10_000 }).not.toBe('');
    await shot(page, '06-submit-blocked-errors');
    expect(await page.getByTestId('confirm-submit').count()).toBe(0);
    await page.getByRole('button', { name: syncMessages.ui.close }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await submissionsOf(plan.id)).length).toBe(subsBefore);
    await page.context().close();
  });

  it('submit a clean plan: receipt whose SHA-256 is the stored file’s; the file opens in LibreOffice and holds no add-in marks', async () => {
    // Office 2019 has no annotations: the pane's marks are real highlights in the document.
    const page = await open('office2019', fileA, 'submitterA');
    await page.getByTestId('counts').waitFor();
    await page.getByRole('switch', { name: /Tô sáng/ }).check();
    const highlighted = () =>
      page.evaluate(() => {
        const json = JSON.stringify((window as unknown as { __wordHost: { document: unknown } }).__wordHost.document);
        return (json.match(/"highlight":"#?[0-9A-Fa-f]{6}"/g) ?? []).length;
      });
    await expect.poll(highlighted, { timeout: 15_000 }).toBeGreaterThan(0);
    await shot(page, '07-marks-on');

    await page.getByTestId('submit-button').click();
    const dialog = page.getByTestId('submit-dialog');
    await expect.poll(() => dialog.getAttribute('data-step'), { timeout: 20_000 }).toBe('confirm');
    // Before the deadline (ten days after the server's clock): the countdown in Hanoi time, no late note.
    expect(await dialog.innerText()).toContain('Hạn nộp: 10:00 11/03/2026 (giờ Hà Nội) · còn 9 ngày 23 giờ');
    expect(await page.getByTestId('countdown').getAttribute('data-passed')).toBe('false');
    await shot(page, '08-submit-confirm');
    await page.getByTestId('confirm-submit').click();
    await expect.poll(() => dialog.getAttribute('data-step'), { timeout: 30_000 }).toBe('receipt');
    await shot(page, '09-receipt');
    const shownSha = (await page.getByTestId('receipt-sha').innerText()).trim();
    const number = (await page.getByTestId('receipt-number').innerText()).trim();
    expect(await page.getByTestId('receipt').innerText()).toContain(syncMessages.shaVerified);
    expect(await highlighted()).toBe(0); // the marks were taken out before Word gave the file

    const plan = await planOf('A');
    const subs = await submissionsOf(plan.id);
    expect(subs).toHaveLength(1);
    const stored = subs[0]!;
    expect(stored.receiptNumber).toBe(number);
    const bytes = new Uint8Array(stored.docx);
    expect(sha256(bytes)).toBe(shownSha);
    expect(stored.sha256).toBe(shownSha);
    // The same bytes through the API, as the agency downloads them.
    const res = await rig.server.as('submitterA', { method: 'GET', url: `/api/submissions/${stored.id}/docx` });
    expect(res.statusCode).toBe(200);
    expect(sha256(res.rawPayload)).toBe(shownSha);
    firstReceipt = number;

    // Closed: the plan is with MST, so the button says why it is disabled, and a new edit is kept, not synced.
    await page.getByRole('button', { name: syncMessages.ui.close }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // The submission took the marks out: the switch says so (off), and the next check does not put them back.
    expect(await page.getByRole('switch', { name: /Tô sáng/ }).isChecked()).toBe(false);
    await expect.poll(() => page.getByTestId('submit-reason').textContent()).toBe(syncMessages.alreadySubmitted);
    expect(await page.getByTestId('submit-button').getAttribute('aria-disabled')).toBe('true');
    const revisionsBefore = (await revisions('A')).length;
    await typeAtEnd(page, P2V, ' Sửa sau khi gửi.');
    await page.getByRole('button', { name: 'Kiểm tra lại' }).click(); // on Office 2019 the hint is the selection event (no paragraph events); the re-check is one too
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe('locked');
    expect(await syncLabel(page)).toBe(syncMessages.locked);
    await expect.poll(() => page.getByTestId('checking').count(), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(500); // a mark would be written right after the check's result
    expect(await highlighted()).toBe(0);
    expect((await revisions('A')).length).toBe(revisionsBefore);
    await shot(page, '09b-after-receipt-locked');

    // No add-in mark in any part: no highlight or shading in its palette, no annotation of Word's.
    const parts = xmlParts(bytes);
    expect(parts['/word/document.xml']).toBeDefined();
    for (const [name, xml] of Object.entries(parts)) {
      for (const c of MARK_COLOURS) expect(xml.toUpperCase(), `${name} has the add-in's ${c}`).not.toContain(c);
      expect(xml, name).not.toMatch(/<w:highlight\b/);
    }
    expect(Object.keys(parts).filter((n) => /annotation|critique/i.test(n))).toEqual([]);
    expect(identityOf(bytes)).toMatchObject({ planId: plan.id }); // the identity is the add-in's data, not a mark: it stays

    const file = writeTmp(rig, 'submitted-A.docx', bytes);
    if (!hasSoffice()) {
      console.warn('LibreOffice (soffice) is not installed: the stored .docx was not opened in it');
      return;
    }
    soffice([file], 'pdf', rig.tmp);
    const pdf = join(rig.tmp, 'submitted-A.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('a copy of A’s file opened by agency B’s user is refused, never synced into a plan', async () => {
    const before = { a: (await revisions('A')).length, b: (await revisions('B')).length };
    const page = await open('web', fileA, 'drafterB');
    await expect.poll(() => syncState(page), { timeout: 15_000 }).toBe('refused');
    expect(await syncLabel(page)).toBe(syncMessages.foreignAgency('Thành phố Hà Nội', 'Bộ Y tế'));
    await typeAtEnd(page, P2V, ' Bộ Y tế sửa.');
    await page.waitForTimeout(2500); // past the sync's debounce: still nothing is sent
    expect(await syncState(page)).toBe('refused');
    // Kiểm tra says the plan is another agency's and is not checked: no findings judged with B's catalogue and kind.
    const refused = page.getByTestId('check-refused');
    await refused.waitFor({ timeout: 10_000 });
    expect(await refused.innerText()).toBe(t.check.foreignPlan);
    expect(await page.getByTestId('finding-group').count()).toBe(0);
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await page.getByTestId('counts').count()).toBe(0);
    await shot(page, '10-foreign-copy-refused');
    expect({ a: (await revisions('A')).length, b: (await revisions('B')).length }).toEqual(before);
    await page.context().close();

    // B's own plan syncs (its file is the "other plan" of the file-picker test).
    const own = await open('web', planDocx({ agencyKind: 'central' }, 'BO-YT').bytes, 'drafterB');
    await typeAtEnd(own, P2V, ' Vụ Kế hoạch - Tài chính chủ trì.');
    await waitSynced(own);
    expect((await revisions('B')).length).toBe(before.b + 1);
    fileB = await savedDocx(own);
    await own.context().close();
  });

  it('a plan MST returned shows its comments beside their sections, and click-to-go selects the section', async () => {
    const plan = await planOf('A');
    const comments = [
      { section: 'P2.V', comment: 'Đề nghị nêu rõ cơ quan phối hợp.' },
      { section: 'P1.II.3', comment: 'Bổ sung số liệu năm 2025.' },
    ];
    const res = await rig.server.as('reviewer', {
      method: 'POST',
      url: `/api/mst/plans/${plan.id}/review`,
      payload: { decision: 'return', summary: 'Kế hoạch cần chỉnh sửa trước khi tiếp nhận.', comments },
    });
    expect(res.statusCode, res.body).toBe(200);

    const page = await open('web', fileA, 'submitterA');
    const review = page.getByTestId('review');
    await review.waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('review-summary').innerText()).toBe('Kế hoạch cần chỉnh sửa trước khi tiếp nhận.');
    // Template order: P1.II.3 before P2.V.
    const items = review.locator('li[data-section]');
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-section')))).toEqual(['P1.II.3', 'P2.V']);
    expect(await items.nth(1).innerText()).toContain('Đề nghị nêu rõ cơ quan phối hợp.');
    await shot(page, '11-returned-comments');
    await page.getByTestId('counts').waitFor();
    await items.nth(1).getByRole('button').click();
    const selected = () =>
      page.evaluate(() => {
        type Sel = { kind: string; paragraph?: { inlines: { text?: string }[] }; node?: unknown };
        const s = (window as unknown as { __wordHost: { state: { selection?: Sel } } }).__wordHost.state.selection;
        return s ? JSON.stringify(s.kind === 'span' ? s.paragraph!.inlines : s.node).slice(0, 600) : '';
      });
    await expect.poll(selected, { timeout: 10_000 }).toMatch(/TỔ CHỨC THỰC HIỆN/i);
    await items.nth(0).getByRole('button').click();
    await expect.poll(selected, { timeout: 10_000 }).not.toMatch(/TỔ CHỨC THỰC HIỆN/i);
    await shot(page, '12-returned-click-to-go');
    await page.context().close();
  });

  it('getFileAsync failing (office-js #6747): the file picker refuses another plan’s file and sends the saved one', async () => {
    const page = await open('web', fileA, 'submitterA', { getFileAsyncFails: true });
    await page.getByTestId('counts').waitFor();
    await page.getByTestId('submit-button').click();
    const dialog = page.getByTestId('submit-dialog');
    await expect.poll(() => dialog.getAttribute('data-step'), { timeout: 20_000 }).toBe('confirm');
    await page.getByTestId('confirm-submit').click();
    await expect.poll(() => dialog.getAttribute('data-step'), { timeout: 20_000 }).toBe('need-file');
    await page.getByTestId('file-picker').waitFor();
    // The pane says why, with Office's own words, and asks for the saved file.
    expect(await page.getByTestId('file-picker').innerText()).toContain(
      syncMessages.getFileFailed('A network problem has prevented retrieval of the file.', 'OfficeOnline'),
    );
    await shot(page, '13-getfile-failed-picker');

    const input = page.getByTestId('file-picker').locator('input[type=file]');
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    await input.setInputFiles({ name: 'KeHoach-BYT.docx', mimeType: docx, buffer: Buffer.from(fileB) });
    await page.getByTestId('file-refused').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('picked-file').innerText()).toBe(syncMessages.ui.chosenFile('KeHoach-BYT.docx'));
    expect(await page.getByTestId('file-refused').innerText()).toBe(syncMessages.fileOtherPlan('Bộ Y tế'));
    expect(await dialog.getAttribute('data-step')).toBe('need-file');
    await shot(page, '14-picker-other-plan-refused');

    // The user saved the open document (Ctrl+S) with the marks on, as Word writes a highlight outside its palette, and picks it.
    const flat = docxToFlatOpc(await savedDocx(page));
    const rPr = flat.indexOf('<w:rPr>', flat.indexOf('pkg:name="/word/document.xml"')) + '<w:rPr>'.length;
    expect(rPr).toBeGreaterThan('<w:rPr>'.length);
    const saved = flatOpcToDocx(`${flat.slice(0, rPr)}<w:shd w:val="clear" w:color="auto" w:fill="FFC7CE"/>${flat.slice(rPr)}`);
    expect(xmlParts(saved)['/word/document.xml']).toContain('FFC7CE');
    await input.setInputFiles({ name: 'KeHoach-HaNoi.docx', mimeType: docx, buffer: Buffer.from(saved) });
    await expect.poll(() => dialog.getAttribute('data-step'), { timeout: 30_000 }).toBe('receipt');
    await shot(page, '15-picker-receipt');
    const number = (await page.getByTestId('receipt-number').innerText()).trim();
    expect(number).not.toBe(firstReceipt);
    const plan = await planOf('A');
    const stored = (await submissionsOf(plan.id)).find((s) => s.receiptNumber === number)!;
    expect(sha256(new Uint8Array(stored.docx))).toBe((await page.getByTestId('receipt-sha').innerText()).trim());
    expect(stored.fileName).toBe('KeHoach-HaNoi.docx');
    // The add-in's mark was taken out of the picked file's bytes before upload; the identity stays.
    const storedBytes = new Uint8Array(stored.docx);
    for (const [name, xml] of Object.entries(xmlParts(storedBytes))) for (const c of MARK_COLOURS) expect(xml.toUpperCase(), name).not.toContain(c);
    expect(identityOf(storedBytes)).toMatchObject({ planId: plan.id });
    expect(plan.status).toBe('submitted');
    await page.context().close();
  });

  it('a machine whose clock is months ahead still counts down from the server’s time (the receipt’s judgement)', async () => {
    const page = await open('web', fileA, 'submitterA', { now: new Date('2026-12-04T01:44:00Z') });
    const countdown = page.getByTestId('countdown');
    await expect.poll(() => countdown.getAttribute('data-server-offset'), { timeout: 15_000 }).not.toBeNull();
    expect(await countdown.innerText()).toContain('còn 9 ngày 23 giờ');
    expect(await countdown.getAttribute('data-passed')).toBe('false');
    await shot(page, '16-wrong-machine-clock-countdown');
    await page.context().close();
  });
});

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
