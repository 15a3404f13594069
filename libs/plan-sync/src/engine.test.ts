import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { inP2V, paneSession } from './testing/harness.js';
import { build, clientFor, hostReader, planDocx, storedRevisions, type TestApp } from './testing/server.js';
import { documentIdentityStore } from '@cds/word-adapter/sync';
import { splitPlan } from '@cds/plan';

let t: TestApp;
let clean: Uint8Array;
beforeAll(async () => {
  t = await build();
  clean = planDocx().bytes;
});
afterAll(() => t.close());

const p2vText = (rev: { plan: unknown }) => (rev.plan as { sections: { id: string; text: string }[] }).sections.find((s) => s.id === 'P2.V')!.text;

describe('the live sync', () => {
  it('sends one revision per settled change: 20 keystrokes within the debounce make one request', async () => {
    const before = (await storedRevisions(t)).length;
    const s = await paneSession(t, { bytes: clean });
    await s.engine.start();
    expect(s.engine.status.get()).toMatchObject({ state: 'synced', label: 'Chưa đồng bộ lần nào' });
    for (let i = 0; i < 20; i++) {
      await s.host.user.type(inP2V, 'x', { at: 'end' });
      s.engine.changed();
      s.clock.advance(100); // typing: each keystroke within the debounce of the one before
    }
    expect(s.engine.status.get()).toMatchObject({ state: 'pending', pending: 1, label: 'Chưa đồng bộ (1 thay đổi)' });
    expect(s.net.count('/plans/mine/draft')).toBe(0);
    await s.settle();
    expect(s.net.count('/plans/mine/draft')).toBe(1);
    const revisions = await storedRevisions(t);
    expect(revisions.length - before).toBe(1);
    expect(p2vText(revisions.at(-1)!)).toContain('x'.repeat(20));
    const status = s.engine.status.get();
    expect(status).toMatchObject({ state: 'synced', pending: 0, revision: revisions.at(-1)!.number });
    expect(status.label).toMatch(/^Đã đồng bộ lúc \d\d:\d\d \d\d\/\d\d\/2026$/);
    // The document now carries its identity, with the revision it was synced as.
    expect(await documentIdentityStore().read()).toMatchObject({
      agencyId: t.fixture.agencyA,
      roundId: t.fixture.roundId,
      lastSyncedRevision: status.revision,
    });
    // A settled "change" that changed nothing sends nothing.
    s.engine.changed();
    await s.settle();
    expect(s.net.count('/plans/mine/draft')).toBe(1);
    s.end();
  });

  it('a synced file opened in a fresh browser profile (no outbox, no time) says which revision it is at, not "never synced"', async () => {
    const first = await paneSession(t, { bytes: clean });
    await first.engine.start();
    await first.host.user.type(inP2V, ' Bản đã đồng bộ.', { at: 'end' });
    first.engine.changed();
    await first.settle();
    const revision = first.engine.status.get().revision;
    expect(revision).toBeGreaterThan(0);
    const file = first.host.save();
    first.end();

    const fresh = await paneSession(t, { bytes: file, idb: new IDBFactory() });
    await fresh.engine.start();
    expect(fresh.engine.status.get()).toMatchObject({ state: 'synced', revision, lastSyncedAt: null, label: `Đã đồng bộ (phiên bản ${revision})` });
    expect(fresh.engine.status.get().label).not.toBe('Chưa đồng bộ lần nào');
    fresh.end();
  });

  it('queues offline edits and replays them in order after reconnect, none duplicated, and a reopened pane keeps the queue', async () => {
    const idb = new IDBFactory();
    const s = await paneSession(t, { bytes: clean, idb });
    await s.engine.start();
    s.engine.changed();
    await s.settle();
    const start = (await storedRevisions(t)).length;

    s.net.online = false;
    for (const word of [' một', ' hai', ' ba']) {
      await s.host.user.type(inP2V, word, { at: 'end' });
      s.engine.changed();
      await s.settle();
    }
    expect(s.engine.status.get()).toMatchObject({ state: 'offline', pending: 3, label: 'Mất kết nối — 3 thay đổi đang chờ, sẽ tự gửi khi có mạng' });
    expect((await storedRevisions(t)).length).toBe(start);

    // The pane is closed and Word restarted: a new engine on the same IndexedDB and the saved file.
    const saved = s.host.save();
    s.end();
    const again = await paneSession(t, { bytes: saved, idb });
    again.net.online = false;
    await again.engine.start();
    expect(again.engine.status.get()).toMatchObject({ state: 'offline', pending: 3 });

    again.net.online = true;
    again.engine.online();
    await again.engine.idle();
    const revisions = (await storedRevisions(t)).slice(start);
    expect(revisions.map((r) => p2vText(r).split('\n')[0]!)).toEqual([
      expect.stringMatching(/ một$/),
      expect.stringMatching(/ một hai$/),
      expect.stringMatching(/ một hai ba$/),
    ]);
    expect(new Set(revisions.map((r) => r.idempotencyKey)).size).toBe(3);
    expect(revisions.map((r) => r.number)).toEqual([revisions[0]!.number, revisions[0]!.number + 1, revisions[0]!.number + 2]);
    expect(again.engine.status.get()).toMatchObject({ state: 'synced', pending: 0 });
    again.end();
  });

  it('replays instead of duplicating when an answer was lost after the server stored the revision', async () => {
    const s = await paneSession(t, { bytes: clean });
    await s.engine.start();
    s.engine.changed();
    await s.settle();
    const start = (await storedRevisions(t)).length;
    s.net.dropAnswers = 1; // the request reaches the server; its answer never comes back
    await s.host.user.type(inP2V, ' mất phản hồi', { at: 'end' });
    s.engine.changed();
    await s.settle();
    expect(s.engine.status.get().state).toBe('offline');
    s.clock.advance(5000); // the retry
    await s.engine.idle();
    const revisions = (await storedRevisions(t)).slice(start);
    expect(revisions).toHaveLength(1);
    expect(s.engine.status.get()).toMatchObject({ state: 'synced', revision: revisions[0]!.number });
    s.end();
  });

  it("resolves a 409 by rebasing on the server's revision, keeping the document's text, and says so", async () => {
    const s = await paneSession(t, { bytes: clean });
    await s.engine.start();
    s.engine.changed();
    await s.settle();
    const mine = s.engine.status.get().revision;

    // Someone syncs from another copy of the file.
    const other = await clientFor(t, 'submitterA');
    const theirs = await hostReader(s.host)();
    const otherPlan = { ...theirs.plan, sections: theirs.plan.sections.map((x) => (x.id === 'P2.V' ? { ...x, text: 'Nội dung từ bản sao khác' } : x)) };
    await other.client.syncDraft({
      body: { baseRevision: mine, idempotencyKey: crypto.randomUUID(), plan: otherPlan, findingsSummary: theirs.counts, completeness: theirs.completeness },
    });

    await s.host.user.type(inP2V, ' — câu của tôi', { at: 'end' });
    s.engine.changed();
    await s.settle();
    const last = (await storedRevisions(t)).at(-1)!;
    expect(last.number).toBe(mine + 2);
    expect(last.baseRevision).toBe(mine + 1);
    expect(p2vText(last)).toContain('— câu của tôi');
    const status = s.engine.status.get();
    expect(status).toMatchObject({ state: 'synced', revision: mine + 2 });
    expect(status.notice).toContain(`phiên bản ${mine + 1}`);
    expect(status.notice).toContain(`phiên bản ${mine + 2}`);
    expect(status.notice).toContain('P2.V');
    s.engine.dismissNotice();
    expect(s.engine.status.get().notice).toBeNull();
    s.end();
  });

  it("refuses a copy of the file opened by another agency's account: clear message, nothing sent", async () => {
    const a = await paneSession(t, { bytes: clean });
    await a.engine.start();
    a.engine.changed();
    await a.settle();
    const copy = a.host.save(); // stamped with agency A's plan
    a.end();
    const before = (await storedRevisions(t)).length;

    const b = await paneSession(t, { bytes: copy, account: 'drafterB' });
    await b.engine.start();
    b.engine.changed();
    await b.settle();
    await b.engine.flush();
    const status = b.engine.status.get();
    expect(status.state).toBe('refused');
    expect(status.label).toContain('Thành phố Hà Nội');
    expect(status.label).toContain('Bộ Y tế');
    expect(b.net.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect((await storedRevisions(t)).length).toBe(before);
    b.end();
  });

  describe('section-level sync', () => {
    const drafts = (net: { requests: { method: string; path: string; bytes: number }[] }) =>
      net.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/plans/mine/draft'));

    it('sends every hash and only the changed section after the first sync; the server rebuilds each revision exactly', async () => {
      const s = await paneSession(t, { bytes: clean });
      await s.engine.start();
      s.engine.changed();
      await s.settle();
      await s.host.user.type(inP2V, ' — một câu mới', { at: 'end' });
      s.engine.changed();
      await s.settle();
      const edit = drafts(s.net).at(-1)!;
      // The edit carries one body (P2.V's) and the list of hashes, not the plan.
      const { plan } = await hostReader(s.host)();
      expect(edit.bytes).toBeLessThan(JSON.stringify(plan).length / 4);
      const last = (await storedRevisions(t)).at(-1)!;
      expect(last.plan).toStrictEqual(plan);
      expect(p2vText(last)).toContain('— một câu mới');
      expect(s.engine.status.get()).toMatchObject({ state: 'synced', revision: last.number });
      s.end();
    });

    it('sends the whole plan once when the server lacks a part the copy thought it held (409 SECTIONS_MISSING), and stores it once', async () => {
      const idb = new IDBFactory();
      const s = await paneSession(t, { bytes: clean, idb });
      await s.engine.start();
      s.engine.changed();
      await s.settle();
      const { revision } = s.engine.status.get();
      s.end();

      // The copy believes the server holds this edit's parts already (a lost answer, another machine's queue).
      const again = await paneSession(t, { bytes: clean, idb });
      await again.host.user.type(inP2V, ' — sửa trên máy khác', { at: 'end' });
      const edited = await hostReader(again.host)();
      const meta = await again.outbox.meta('agency:' + again.user.agency!.id);
      await again.outbox.sent(-1, { ...meta!, held: [...(meta!.held ?? []), ...splitPlan(edited.plan).texts.keys()] });
      const before = (await storedRevisions(t)).length;
      await again.engine.start();
      again.engine.changed();
      await again.settle();
      const puts = drafts(again.net);
      expect(puts).toHaveLength(2); // the sectioned claim, refused; then the whole plan
      expect(puts[1]!.bytes).toBeGreaterThan(puts[0]!.bytes);
      const stored = await storedRevisions(t);
      expect(stored.length - before).toBe(1);
      expect(stored.at(-1)!).toMatchObject({ number: revision + 1 });
      expect(stored.at(-1)!.plan).toStrictEqual(edited.plan);
      expect(again.engine.status.get()).toMatchObject({ state: 'synced', revision: revision + 1 });
      again.end();
    });
  });
});
