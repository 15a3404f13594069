import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../../../test/counts.js';
import { planDocx, xxeDocx, zipBomb, type PlanDocx } from '../../../test/docx.js';
import { build, type TestApp } from '../../../test/helper.js';
import { multipart } from '../../../test/multipart.js';
import type { AccountName } from '../../../test/fixture.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
let keyN = 0;
const key = () => `submit-key-${process.pid}-${++keyN}`;

function submit(t: TestApp, account: AccountName, doc: { bytes: Uint8Array; plan: unknown }, idempotencyKey = key()) {
  const form = multipart({ plan: JSON.stringify(doc.plan), idempotencyKey }, { name: 'Kế hoạch CĐS 2026.docx', bytes: doc.bytes });
  return t.as(account, { method: 'POST', url: '/api/plans/mine/submit', ...form });
}

let clean: PlanDocx;
beforeAll(() => {
  clean = planDocx();
});

describe('POST /api/plans/mine/submit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  it('refuses a drafter with 403 and a message saying who may submit', async () => {
    const res = await submit(t, 'drafterA', clean);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'DRAFTER_CANNOT_SUBMIT', message: expect.stringContaining('không được gửi') });
  });

  it('refuses a JSON body with 415, a missing file with 400, invalid plan JSON with 400', async () => {
    const json = await t.as('submitterA', { method: 'POST', url: '/api/plans/mine/submit', payload: { plan: clean.plan } });
    expect(json.statusCode).toBe(415);
    const noFile = await t.as('submitterA', { method: 'POST', url: '/api/plans/mine/submit', ...multipart({ plan: '{}', idempotencyKey: key() }) });
    expect(noFile.json()).toMatchObject({ statusCode: 400, code: 'MISSING_FILE' });
    const badJson = await submit(t, 'submitterA', { bytes: clean.bytes, plan: undefined }, key());
    expect(badJson.statusCode).toBe(400);
    const form = multipart({ plan: '{"templateVersion":', idempotencyKey: key() }, { name: 'a.docx', bytes: clean.bytes });
    const broken = await t.as('submitterA', { method: 'POST', url: '/api/plans/mine/submit', ...form });
    expect(broken.json()).toMatchObject({ statusCode: 400, code: 'INVALID_JSON' });
  });

  it("refuses malformed and hostile files with 422, the reader's code and a Vietnamese reason, storing nothing", async () => {
    const before = await rowCounts(t.app.db);
    const cases: [Uint8Array, string][] = [
      [new TextEncoder().encode('đây không phải tệp docx'), 'DOCX_NOT_ZIP'],
      [zipBomb(), 'DOCX_ZIP_BOMB'],
      [xxeDocx(), 'DOCX_XML_DTD'],
      [clean.bytes.slice(0, Math.floor(clean.bytes.length / 2)), ''],
    ];
    for (const [bytes, code] of cases) {
      const res = await submit(t, 'submitterA', { bytes, plan: clean.plan });
      expect(res.statusCode).toBe(422);
      const body = res.json();
      if (code) expect(body.code).toBe(code);
      expect(body.code).toMatch(/^DOCX_/);
      expect(body.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/);
    }
    expect(await rowCounts(t.app.db)).toEqual(before);
  });

  it('refuses a plan with error-severity findings with 422 and the findings', async () => {
    const broken = planDocx({ mutations: [{ kind: 'dropSection', section: 'P2.V' }] });
    const before = await rowCounts(t.app.db);
    const res = await submit(t, 'submitterA', broken);
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('PLAN_HAS_ERRORS');
    expect(body.errorCount).toBeGreaterThan(0);
    expect(body.findings.some((f: { severity: string; section: string | null }) => f.severity === 'error' && f.section === 'P2.V')).toBe(true);
    expect(await rowCounts(t.app.db)).toEqual(before);
  });

  it('refuses with 422 PLAN_MISMATCH when the client data disagrees with the file (block ids aside)', async () => {
    const plan = structuredClone(clean.plan);
    plan.indicators[0]!.target2026 = '99,9%';
    plan.indicators[1]!.blockId = 'another-block-id';
    const res = await submit(t, 'submitterA', { bytes: clean.bytes, plan });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('PLAN_MISMATCH');
    expect(res.json().differences).toEqual([expect.objectContaining({ path: 'indicators[0].target2026' })]);
  });

  let receipt: { number: string; submissionId: number; sha256: string };
  it('accepts a clean plan: 201 with a receipt, status submitted, audit entry', async () => {
    const before = await rowCounts(t.app.db);
    const res = await submit(t, 'submitterA', clean, 'the-first-submission');
    expect(res.statusCode).toBe(201);
    receipt = res.json();
    expect(res.json()).toMatchObject({
      number: expect.stringMatching(/^BKHCN-2026-\d{6}$/),
      sha256: sha(clean.bytes),
      size: clean.bytes.length,
      late: false,
      replayed: false,
    });
    expect(res.json().submittedAt).toBe(t.clock.now.toISOString());
    const after = await rowCounts(t.app.db);
    expect(after.submissions).toBe(before.submissions + 1);
    expect(after.audit).toBe(before.audit + 1);
    const mine = (await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' })).json();
    expect(mine.plan.status).toBe('submitted');
    expect(mine.lastSubmission).toMatchObject({ receiptNumber: receipt.number, sha256: sha(clean.bytes) });
  });

  it('serves the stored file byte for byte to its agency and to MST, and 404 to another agency', async () => {
    for (const who of ['drafterA', 'reviewer'] as const) {
      const res = await t.as(who, { method: 'GET', url: `/api/submissions/${receipt.submissionId}/docx` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      expect(Buffer.compare(res.rawPayload, Buffer.from(clean.bytes))).toBe(0);
    }
    const other = await t.as('drafterB', { method: 'GET', url: `/api/submissions/${receipt.submissionId}/docx` });
    expect(other.statusCode).toBe(404);
  });

  it('replays a retried submission (same key) with 200 and the same receipt', async () => {
    const res = await submit(t, 'submitterA', clean, 'the-first-submission');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ number: receipt.number, replayed: true });
  });

  it('refuses a second submission while the first awaits review with 409', async () => {
    const res = await submit(t, 'submitterA', clean);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'ALREADY_SUBMITTED', status: 'submitted' });
  });

  it('accepts a resubmission after MST returns the plan, with a new receipt number', async () => {
    const planId = (await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' })).json().plan.id;
    const ret = await t.as('reviewer', {
      method: 'POST',
      url: `/api/mst/plans/${planId}/review`,
      payload: { decision: 'return', comments: [{ section: 'P2.III.3', comment: 'Bổ sung hạ tầng số cấp xã.' }] },
    });
    expect(ret.statusCode).toBe(200);
    const res = await submit(t, 'submitterA', clean);
    expect(res.statusCode).toBe(201);
    expect(res.json().number).not.toBe(receipt.number);
  });
});

describe('submission races and limits', () => {
  it('lets exactly one of two concurrent submitters win; the other gets 409', async () => {
    const t = await build();
    try {
      const before = await rowCounts(t.app.db);
      const results = await Promise.all([submit(t, 'submitterA', clean), submit(t, 'submitterA2', clean)]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('ALREADY_SUBMITTED');
      expect((await rowCounts(t.app.db)).submissions).toBe(before.submissions + 1);
    } finally {
      await t.close();
    }
  });

  it('refuses an upload over the limit with 413 and stores nothing', async () => {
    const t = await build({ config: { uploadLimit: 10_000 } });
    try {
      const before = await rowCounts(t.app.db);
      const res = await submit(t, 'submitterA', clean);
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
      expect(await rowCounts(t.app.db)).toEqual(before);
    } finally {
      await t.close();
    }
  });
});

describe('after the deadline', () => {
  it('accepts and flags the submission late when the round accepts late plans', async () => {
    const t = await build({ latePolicy: 'accept-flagged' });
    try {
      t.clock.now = new Date(t.clock.now.getTime() + 11 * 86_400_000);
      const res = await submit(t, 'submitterA', clean);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ late: true, message: expect.stringContaining('muộn') });
      const board = await t.as('reviewer', { method: 'GET', url: '/api/mst/plans?status=submitted' });
      expect(board.json().items).toEqual([expect.objectContaining({ late: true, status: 'submitted' })]);
    } finally {
      await t.close();
    }
  });

  it('refuses with 403 SUBMISSION_CLOSED, storing nothing, when the round refuses late plans', async () => {
    const t = await build({ latePolicy: 'refuse' });
    try {
      t.clock.now = new Date(t.clock.now.getTime() + 11 * 86_400_000);
      const before = await rowCounts(t.app.db);
      const res = await submit(t, 'submitterA', clean);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'SUBMISSION_CLOSED', message: expect.stringContaining('quá hạn') });
      expect(await rowCounts(t.app.db)).toEqual(before);
    } finally {
      await t.close();
    }
  });
});

describe('checks on worker threads (as in production)', () => {
  it('accepts a clean plan and refuses a hostile file, with the same answers as inline', async () => {
    const t = await build({ config: { checkWorkers: 1 } });
    try {
      const bomb = await submit(t, 'submitterA', { bytes: zipBomb(), plan: clean.plan });
      expect(bomb.statusCode).toBe(422);
      expect(bomb.json()).toMatchObject({ code: 'DOCX_ZIP_BOMB', docxCode: 'zip-bomb' });
      const ok = await submit(t, 'submitterA', clean);
      expect(ok.statusCode).toBe(201);
      expect(ok.json().sha256).toBe(sha(clean.bytes));
    } finally {
      await t.close();
    }
  });
});
