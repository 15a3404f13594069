import { readDocx } from '@cds/docx';
import { sql } from 'drizzle-orm';
import { sampleCatalog } from '@cds/plan';
import { analyze } from '@cds/rules';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../../messages.vi.js';
import { nextReceipt } from '../../../services/submission-store.js';
import { planDocx, type PlanDocx } from '../../../test/docx.js';
import { draftBody } from '../../../test/draft.js';
import type { AccountName } from '../../../test/fixture.js';
import { build, type TestApp } from '../../../test/helper.js';
import { multipart } from '../../../test/multipart.js';
import { snapshot } from '../../../test/snapshot.js';

/**
 * Issue 9: every bad input to the draft and submit routes is a clean 4xx with a
 * stable code and a Vietnamese message, and nothing is stored. Runs on PGlite and,
 * with TEST_DATABASE_URL, on PostgreSQL.
 */
let keyN = 0;
const key = () => `hardening-${process.pid}-${++keyN}-${Date.now()}`;

const submit = (t: TestApp, account: AccountName, doc: { bytes: Uint8Array; plan: unknown }, idempotencyKey = key(), extraFile?: Uint8Array) => {
  const form = multipart({ plan: JSON.stringify(doc.plan), idempotencyKey }, { name: 'Kế hoạch.docx', bytes: doc.bytes });
  if (extraFile) {
    // A second file part, appended before the closing boundary.
    const boundary = form.headers['content-type'].split('boundary=')[1]!;
    const body = form.payload.toString('latin1').replace(`--${boundary}--\r\n`, '');
    const second = `--${boundary}\r\nContent-Disposition: form-data; name="file2"; filename="b.docx"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    form.payload = Buffer.concat([Buffer.from(body, 'latin1'), Buffer.from(second), Buffer.from(extraFile), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  }
  return t.as(account, { method: 'POST', url: '/api/plans/mine/submit', ...form });
};

/** The same .docx with its document.xml changed, and the plan the add-in would extract from it. */
function editedDocx(base: PlanDocx, edit: (xml: string) => string, extra: Record<string, Uint8Array> = {}): PlanDocx {
  const files = unzipSync(base.bytes);
  files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml']!)));
  const bytes = zipSync({ ...files, ...extra });
  let plan = base.plan;
  try {
    plan = analyze(readDocx(bytes), { agencyKind: 'province', catalog: sampleCatalog.entries, agencyCode: '01' }).plan;
  } catch {
    // unreadable: the server refuses it before comparing
  }
  return { bytes, plan };
}

const issue = (res: { json(): { issues?: { path: string; message: string }[] } }, path: string) => res.json().issues?.find((i) => i.path === path);

describe('PUT /api/plans/mine/draft refuses what it cannot store, naming the field', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
    await t.token('drafterA');
  });
  afterAll(() => t.close());

  const put = (payload: unknown) => t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: payload as object });

  const cases: [string, () => unknown, string, string][] = [
    ['a baseRevision past int4', () => draftBody({ baseRevision: 2 ** 31 }), 'body.baseRevision', 'phải không quá 2.147.483.647'],
    ['a NUL in idempotencyKey', () => draftBody({ idempotencyKey: 'khoa\u0000chong-trung' }), 'body.idempotencyKey', messages.INVALID_IDEMPOTENCY_KEY],
    ['a space in idempotencyKey', () => draftBody({ idempotencyKey: 'khoa chong trung' }), 'body.idempotencyKey', messages.INVALID_IDEMPOTENCY_KEY],
    [
      'a NUL in a section text',
      () => {
        const b = draftBody();
        b.plan.sections[0]!.text = 'Nội dung\u0000';
        return b;
      },
      'body.plan.sections.0.text',
      messages.INVALID_TEXT,
    ],
    [
      'a lone surrogate in an indicator name',
      () => {
        const b = draftBody();
        b.plan.indicators[0]!.name = 'Chỉ tiêu \uD800';
        return b;
      },
      'body.plan.indicators.0.name',
      messages.INVALID_TEXT,
    ],
    [
      'a reversed surrogate pair in a task',
      () => {
        const b = draftBody();
        b.plan.tasks[1]!.name = '\uDC00\uD800';
        return b;
      },
      'body.plan.tasks.1.name',
      messages.INVALID_TEXT,
    ],
    [
      'templateVersion "mst-1999"',
      () => {
        const b = draftBody();
        b.plan.templateVersion = 'mst-1999';
        return b;
      },
      'body.plan.templateVersion',
      'Không có mẫu khung kế hoạch phiên bản "mst-1999".',
    ],
    [
      'a section id <script>',
      () => {
        const b = draftBody();
        b.plan.sections[0]!.id = '<script>alert(1)</script>';
        return b;
      },
      'body.plan.sections.0.id',
      messages.UNKNOWN_SECTION,
    ],
    [
      'a well-formed section id the template lacks',
      () => {
        const b = draftBody();
        b.plan.sections[1]!.id = 'P2.IX';
        return b;
      },
      'body.plan.sections.1.id',
      'Mã mục "P2.IX" không có trong mẫu khung mst-2026.',
    ],
    [
      'a task under an unknown section',
      () => {
        const b = draftBody();
        b.plan.tasks[0]!.section = 'P9';
        return b;
      },
      'body.plan.tasks.0.section',
      'Mã mục "P9" không có trong mẫu khung mst-2026.',
    ],
    [
      'findingsSummary.error 99999999999',
      () => draftBody({ findingsSummary: { error: 99_999_999_999, warning: 0, info: 0 } }),
      'body.findingsSummary.error',
      'phải không quá 100.000',
    ],
    ['completeness 101', () => draftBody({ completeness: 101 }), 'body.completeness', 'phải không quá 100'],
    [
      'a number past 1e18 in a task amount',
      () => {
        const b = draftBody();
        b.plan.tasks[0]!.amountVnd = 1e300;
        return b;
      },
      'body.plan.tasks.0.amountVnd',
      messages.VALUE_OUT_OF_RANGE,
    ],
  ];

  for (const [what, body, path, message] of cases) {
    it(`${what}: 400 VALIDATION_FAILED at ${path}, nothing stored`, async () => {
      const before = await snapshot(t.app.db);
      const res = await put(body());
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Dữ liệu gửi lên không hợp lệ.' });
      expect(issue(res, path)).toEqual({ path, message });
      expect(await snapshot(t.app.db)).toEqual(before);
    });
  }

  it('a key used before with another body: 422 IDEMPOTENCY_KEY_REUSED, nothing stored; the same body replays', async () => {
    const first = draftBody();
    expect((await put(first)).statusCode).toBe(201);
    const before = await snapshot(t.app.db);
    const other = { ...first, completeness: first.completeness + 1 };
    const reused = await put(other);
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: messages.IDEMPOTENCY_KEY_REUSED });
    const replay = await put(first);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ replayed: true, revision: { idempotencyKey: first.idempotencyKey } });
    expect(await snapshot(t.app.db)).toEqual(before);
  });
});

describe('POST /api/plans/mine/submit refuses what it cannot store', () => {
  let t: TestApp;
  let clean: PlanDocx;
  beforeAll(async () => {
    t = await build();
    clean = planDocx();
    await t.token('submitterA');
    await t.token('submitterB');
  });
  afterAll(() => t.close());

  it('a NUL in the idempotencyKey field: 400 at body.idempotencyKey, nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const res = await submit(t, 'submitterA', clean, 'khoa\u0000chong-trung-lap');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'body.idempotencyKey', message: messages.INVALID_IDEMPOTENCY_KEY }] });
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('a plan field with a NUL or an unknown template: 400 naming the field, nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const nul = await submit(t, 'submitterA', {
      bytes: clean.bytes,
      plan: { ...clean.plan, sections: clean.plan.sections.map((s, i) => (i === 0 ? { ...s, heading: 'x\u0000' } : s)) },
    });
    expect(nul.statusCode).toBe(400);
    expect(issue(nul, 'body.plan.sections.0.heading')).toEqual({ path: 'body.plan.sections.0.heading', message: messages.INVALID_TEXT });
    const template = await submit(t, 'submitterA', { bytes: clean.bytes, plan: { ...clean.plan, templateVersion: 'mst-1999' } });
    expect(template.statusCode).toBe(400);
    expect(issue(template, 'body.plan.templateVersion')?.message).toBe('Không có mẫu khung kế hoạch phiên bản "mst-1999".');
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('another agency’s plan (Hà Nội’s .docx sent by Bộ Y tế): 422 AGENCY_MISMATCH naming both agencies, nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const res = await submit(t, 'submitterB', clean);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'AGENCY_MISMATCH',
      message:
        'Tệp kế hoạch ghi tên cơ quan "Thành phố Hà Nội", nhưng tài khoản của bạn thuộc "Bộ Y tế". Chỉ gửi được kế hoạch của chính cơ quan mình; chưa lưu gì.',
      documentAgency: 'Thành phố Hà Nội',
      accountAgency: 'Bộ Y tế',
    });
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('two file parts: 400 TOO_MANY_FILES, not 413, nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const res = await submit(t, 'submitterA', clean, key(), clean.bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TOO_MANY_FILES', message: messages.TOO_MANY_FILES });
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('a zip entry named ../../… is refused as a hostile file (422 DOCX_*), nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const evil = editedDocx(clean, (x) => x, { '../../etc/cds-evil.txt': strToU8('x') });
    const res = await submit(t, 'submitterA', evil);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toMatch(/^DOCX_/);
    expect(res.json().message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/); // Vietnamese, from the reader
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('a .docx whose text holds &#xD800; and a raw NUL: accepted, and what is stored holds neither', async () => {
    const odd = editedDocx(clean, (x) => x.replace(/<w:t( [^>]*)?>([^<]{3})/, (_m, attrs = '', text: string) => `<w:t${attrs}>${text}&#xD800;\u0000`));
    const res = await submit(t, 'submitterA', odd);
    // The reader drops what XML cannot hold; the add-in, reading alike, sent the same plan.
    expect(res.statusCode).toBe(201);
    const stored = (await t.app.db.execute(sql`select plan::text as p, findings::text as f from submissions`)) as unknown as {
      rows: { p: string; f: string }[];
    };
    for (const r of stored.rows) expect(`${r.p}${r.f}`).not.toMatch(/\\u0000|\\ud800/i);
  });
});

describe('receipts: the round’s year, gapless numbers, the same key for another file refused', () => {
  let t: TestApp;
  let clean: PlanDocx;
  beforeAll(async () => {
    t = await build({ config: { cacheTtlMs: 0 } });
    clean = planDocx();
    await t.token('submitterA');
    await t.token('admin');
  });
  afterAll(() => t.close());

  it('a deadline extended into 2027 still numbers receipts BKHCN-2026-…, and a rolled-back number is given again', async () => {
    expect(
      (await t.as('admin', { method: 'PATCH', url: `/api/admin/rounds/${t.fixture.roundId}`, payload: { deadline: '2027-01-10T10:00:00+07:00' } })).statusCode,
    ).toBe(200);
    // A submission that took a number and then failed gives it back.
    await t.app.db
      .transaction(async (tx) => {
        expect(await nextReceipt(tx, 2026)).toBe(1);
        tx.rollback();
      })
      .catch(() => {});
    const k = key();
    const res = await submit(t, 'submitterA', clean, k);
    expect(res.statusCode).toBe(201);
    expect(res.json().number).toBe('BKHCN-2026-000001');

    const before = await snapshot(t.app.db);
    const otherFile = editedDocx(clean, (x) => x.replace('</w:body>', '<w:p><w:r><w:t>Thêm một đoạn.</w:t></w:r></w:p></w:body>'));
    const reused = await submit(t, 'submitterA', otherFile, k);
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: messages.IDEMPOTENCY_KEY_REUSED });
    const replay = await submit(t, 'submitterA', clean, k);
    expect(replay.json()).toMatchObject({ replayed: true, number: 'BKHCN-2026-000001' });
    expect(await snapshot(t.app.db)).toEqual(before);
  });
});
