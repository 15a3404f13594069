import { rowCounts } from '@cds/server/testing';
import { readDocumentFile, documentIdentityStore, OfficeCallError } from '@cds/word-adapter/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubmitFlow, type SubmitFlowOptions } from './submit.js';
import { reviewView } from './review.js';
import { sha256Hex } from './sha256.js';
import { inP2V, openPlanInWord, paneSession } from './testing/harness.js';
import { build, hostReader, planDocx, storedSubmission, type TestApp } from './testing/server.js';

type Session = Awaited<ReturnType<typeof paneSession>>;

/** A submitter's pane whose document has synced once (so it carries its identity). */
async function syncedSubmitter(t: TestApp, bytes: Uint8Array, quirks = {}): Promise<Session> {
  const s = await paneSession(t, { account: 'submitterA', bytes, ...(Object.keys(quirks).length ? { preset: 'web' } : {}) });
  if (Object.keys(quirks).length) {
    // Reopen the same document on a host with the quirk (getFileAsync failing).
    s.close();
    const word = openPlanInWord(bytes, 'web', quirks);
    Object.assign(s, word);
  }
  await s.engine.start();
  s.engine.changed();
  await s.settle();
  return s;
}

function flowFor(s: Session, extra: Partial<SubmitFlowOptions> = {}) {
  return createSubmitFlow({
    client: s.client,
    user: s.user,
    readPlan: hostReader(s.host),
    identity: documentIdentityStore(),
    getFile: readDocumentFile,
    clock: s.clock,
    ...extra,
  });
}

describe('submitting a plan', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  it('a drafter syncs but cannot submit, and the button says why', async () => {
    const s = await paneSession(t, { account: 'drafterA', bytes: planDocx().bytes });
    const flow = flowFor(s);
    await flow.start();
    expect(flow.state.get()).toEqual({ step: 'not-allowed', reason: expect.stringContaining('người gửi') });
    s.end();
  });

  it('stops a plan with error findings and lists them, sending nothing', async () => {
    const broken = planDocx({ mutations: [{ kind: 'dropSection', section: 'P2.V' }] }).bytes;
    const s = await paneSession(t, { account: 'submitterA', bytes: broken });
    const before = await rowCounts(t.app.db);
    const flow = flowFor(s);
    await flow.start();
    const state = flow.state.get();
    expect(state.step).toBe('blocked');
    if (state.step !== 'blocked') return;
    expect(state.message).toMatch(/^Còn \d+ lỗi phải sửa trước khi gửi/);
    expect(state.findings.length).toBeGreaterThan(0);
    expect(state.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(state.findings.some((f) => f.section === 'P2.V')).toBe(true);
    await flow.confirm(); // not in the confirm step: does nothing
    expect(s.net.count('/plans/mine/submit')).toBe(0);
    expect((await rowCounts(t.app.db)).submissions).toBe(before.submissions);
    s.end();
  });

  it('when getFileAsync fails, lets the user pick the saved file, refusing a file of another plan', async () => {
    const bytes = planDocx().bytes;
    const s = await syncedSubmitter(t, bytes, { getFileAsyncFails: true });
    await expect(readDocumentFile()).rejects.toBeInstanceOf(OfficeCallError);
    const flow = flowFor(s);
    await flow.start();
    expect(flow.state.get().step).toBe('confirm');
    await flow.confirm();
    const asked = flow.state.get();
    expect(asked).toMatchObject({ step: 'need-file', refusal: null, message: expect.stringContaining('chọn tệp .docx vừa lưu') });
    // Office's own words in brackets, without their period doubling the sentence's.
    if (asked.step === 'need-file') expect(asked.message).not.toMatch(/\.\)/);
    // On Word on the web (where #6747 happens) there is no local file to save: the advice is to download a copy.
    flow.cancel();
    const web = flowFor(s, { platform: 'OfficeOnline' });
    await web.start();
    await web.confirm();
    expect(web.state.get()).toMatchObject({ step: 'need-file', message: expect.stringContaining('Tệp > Tạo bản sao > Tải xuống') });
    const webAsked = web.state.get();
    if (webAsked.step === 'need-file') expect(webAsked.message).not.toContain('Ctrl+S');
    web.cancel();
    await flow.start();
    await flow.confirm();

    // Agency B's plan, stamped by its own sync, is another plan.
    const b = await paneSession(t, { account: 'drafterB', bytes: planDocx({ agencyKind: 'central' }, 'BO-YT').bytes });
    await b.engine.start();
    b.engine.changed();
    await b.settle();
    const otherPlan = b.host.save();
    b.end();
    s.host.install();
    await flow.provideFile(otherPlan, 'KeHoach-BYT.docx');
    expect(flow.state.get()).toMatchObject({ step: 'need-file', refusal: expect.stringContaining('Bộ Y tế') });
    // A file the add-in never stamped.
    await flow.provideFile(bytes, 'ban-cu.docx');
    expect(flow.state.get()).toMatchObject({ step: 'need-file', refusal: expect.stringContaining('không mang mã định danh') });
    expect(s.net.count('/plans/mine/submit')).toBe(0);

    // The saved file of this plan goes through.
    const saved = s.host.save();
    await flow.provideFile(saved, 'KeHoach-HaNoi.docx');
    const done = flow.state.get();
    expect(done.step).toBe('receipt');
    if (done.step !== 'receipt') return;
    expect(done.receipt.sha256).toBe(await sha256Hex(saved));
    expect(done.receipt.shaMatches).toBe(true);
    s.end();
  });
});

describe('the receipt and a returned plan', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  it('refuses a plan of another agency at the click, before reading anything', async () => {
    const a = await syncedSubmitter(t, planDocx().bytes);
    const copy = a.host.save();
    a.end();
    const b = await paneSession(t, { account: 'submitterB', bytes: copy });
    const flow = flowFor(b);
    await flow.start();
    expect(flow.state.get()).toMatchObject({ step: 'not-allowed', reason: expect.stringContaining('Thành phố Hà Nội') });
    b.end();
  });

  it("submits a clean plan in one click: receipt number, Hanoi time, SHA-256 equal to the stored file's, on time, the server's findings; then MST returns it with comments and it is resubmitted", async () => {
    const s = await syncedSubmitter(t, planDocx().bytes);
    let stripped = 0;
    const flow = flowFor(s, { stripMarks: (b) => (stripped++, b) });
    await flow.start();
    const confirm = flow.state.get();
    expect(confirm.step).toBe('confirm');
    if (confirm.step !== 'confirm') return;
    expect(confirm.deadline).toMatchObject({ passed: false, countdown: 'còn 9 ngày 23 giờ' /* ten days less the second of debounce */, lateNote: null });
    expect(confirm.warnings.every((f) => f.severity === 'warning')).toBe(true);

    await flow.confirm();
    const done = flow.state.get();
    expect(done.step).toBe('receipt');
    if (done.step !== 'receipt') return;
    const r = done.receipt;
    expect(stripped).toBe(1);
    expect(r.number).toMatch(/^BKHCN-2026-\d+$/);
    expect(r.submittedAtText).toBe('10:00 01/03/2026'); // 03:00 UTC is 10:00 in Hanoi
    expect(r).toMatchObject({ late: false, timeliness: 'Đúng hạn', shaMatches: true, replayed: false });
    const stored = await storedSubmission(t, (await s.client.mine()).lastSubmission!.id);
    expect(r.sha256).toBe(await sha256Hex(new Uint8Array(stored!.docx)));
    expect(r.sentSha256).toBe(r.sha256);
    expect(Array.isArray(r.findings)).toBe(true);

    // The plan is locked now: the next sync waits, and says so.
    await s.host.user.type(inP2V, ' sau khi gửi', { at: 'end' });
    s.engine.changed();
    await s.settle();
    expect(s.engine.status.get().state).toBe('locked');

    // MST returns it with comments.
    const planId = (await s.client.mine()).plan!.id;
    const res = await t.as('reviewer', {
      method: 'POST',
      url: `/api/mst/plans/${planId}/review`,
      payload: {
        decision: 'return',
        summary: 'Cần bổ sung tổ chức thực hiện.',
        comments: [
          { section: 'P2.V', comment: 'Nêu rõ đơn vị chủ trì.' },
          { section: 'P2.I', comment: 'Thiếu Nghị quyết 71/NQ-CP.' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const review = reviewView(await s.client.mine());
    expect(review).toMatchObject({
      decision: 'return',
      awaitingChanges: true,
      title: 'Bộ KH&CN đã trả lại kế hoạch để chỉnh sửa',
      summary: 'Cần bổ sung tổ chức thực hiện.',
    });
    expect(review!.comments).toEqual([
      { section: 'P2.I', heading: 'I. CĂN CỨ LẬP KẾ HOẠCH', comment: 'Thiếu Nghị quyết 71/NQ-CP.' },
      { section: 'P2.V', heading: 'V. TỔ CHỨC THỰC HIỆN', comment: 'Nêu rõ đơn vị chủ trì.' },
    ]);

    // Changes sync again after a new start, and the plan is resubmitted with a new receipt.
    s.end();
    const again = await syncedSubmitter(t, s.host.save());
    expect(again.engine.status.get().state).toBe('synced');
    const second = flowFor(again);
    await second.start();
    await second.confirm();
    const done2 = second.state.get();
    expect(done2.step).toBe('receipt');
    if (done2.step === 'receipt') expect(done2.receipt.number).not.toBe(r.number);
    again.end();
  });
});
