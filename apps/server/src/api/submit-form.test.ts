import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../messages.vi.js';
import { planDocx, type PlanDocx } from '../test/docx.js';
import { build, type TestApp } from '../test/helper.js';
import { snapshot } from '../test/snapshot.js';

/**
 * The submission form's text fields must be UTF-8: bytes that are not are refused
 * with a 400 naming the field (not turned into U+FFFD and stored). Runs on PGlite and,
 * with TEST_DATABASE_URL, on PostgreSQL.
 */
let keyN = 0;
const key = () => `form-utf8-${process.pid}-${++keyN}-${Date.now()}`;

interface Part {
  name: string;
  bytes: Uint8Array;
  /** Extra part headers ("Content-Type: text/plain; charset=utf-8"). */
  headers?: string;
  filename?: string;
}

/** A multipart body from raw part bytes (the test helper writes text fields as UTF-8 strings only). */
function form(parts: Part[]) {
  const boundary = `----cdsraw${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.headers ? `${p.headers}\r\n` : ''}\r\n`));
    chunks.push(Buffer.from(p.bytes));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const docxPart = (doc: PlanDocx): Part => ({ name: 'file', filename: 'ke-hoach.docx', bytes: doc.bytes, headers: 'Content-Type: application/octet-stream' });

/** The plan field's JSON with `bad` bytes put inside the first section heading's string. */
function planWithBytes(doc: PlanDocx, bad: number[]): Buffer {
  const json = JSON.stringify(doc.plan);
  const at = json.indexOf('"heading":"') + '"heading":"'.length;
  return Buffer.concat([utf8(json.slice(0, at)), Buffer.from(bad), utf8(json.slice(at))]);
}

const refusedNaming = (field: string) => ({
  statusCode: 400,
  code: 'INVALID_UTF8',
  message: `Trường "${field}" của biểu mẫu: ${messages.INVALID_UTF8}`,
  field,
  issues: [{ path: `body.${field}`, message: messages.INVALID_UTF8 }],
});

describe('POST /api/plans/mine/submit: text fields that are not UTF-8', () => {
  let t: TestApp;
  let clean: PlanDocx;
  beforeAll(async () => {
    clean = planDocx();
    t = await build();
    await t.token('submitterA');
  });
  afterAll(() => t.close());

  const post = (parts: Part[]) => t.as('submitterA', { method: 'POST', url: '/api/plans/mine/submit', ...form(parts) });

  it.each([
    ['a stray 0xFF 0xFE', [0xff, 0xfe, 0x41]],
    ['a truncated sequence (0xE1 0xBA then ASCII)', [0xe1, 0xba, 0x41]],
    ['an overlong "/" (0xC0 0xAF)', [0xc0, 0xaf]],
    ['a UTF-8-encoded lone surrogate (0xED 0xA0 0x80)', [0xed, 0xa0, 0x80]],
    ['Latin-1 "é" (0xE9)', [0x63, 0x61, 0x66, 0xe9]],
  ])('in the plan field, %s: 400 INVALID_UTF8 naming "plan", nothing stored', async (_name, bad) => {
    const before = await snapshot(t.app.db);
    const res = await post([{ name: 'plan', bytes: planWithBytes(clean, bad) }, { name: 'idempotencyKey', bytes: utf8(key()) }, docxPart(clean)]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(refusedNaming('plan'));
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('in the idempotencyKey field: 400 INVALID_UTF8 naming "idempotencyKey", nothing stored', async () => {
    const before = await snapshot(t.app.db);
    const res = await post([
      { name: 'plan', bytes: utf8(JSON.stringify(clean.plan)) },
      { name: 'idempotencyKey', bytes: Buffer.concat([utf8('khoa-'), Buffer.from([0xff]), utf8('-12345')]) },
      docxPart(clean),
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(refusedNaming('idempotencyKey'));
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('in a part declaring charset=utf-8 (decoded by the parser with U+FFFD): refused alike', async () => {
    const before = await snapshot(t.app.db);
    const res = await post([
      { name: 'plan', bytes: planWithBytes(clean, [0xff]), headers: 'Content-Type: text/plain; charset=utf-8' },
      { name: 'idempotencyKey', bytes: utf8(key()) },
      docxPart(clean),
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(refusedNaming('plan'));
    expect(await snapshot(t.app.db)).toEqual(before);
  });

  it('valid UTF-8 (the Vietnamese plan) beside a stray field that is not read: accepted', async () => {
    const planJson = JSON.stringify(clean.plan);
    expect(planJson).toMatch(/[ạ-ỹ]/u);
    const res = await post([
      { name: 'plan', bytes: utf8(planJson) },
      { name: 'idempotencyKey', bytes: utf8(key()) },
      { name: 'note', bytes: Buffer.from([0xff, 0xfe]) },
      docxPart(clean),
    ]);
    // 201: the plan field read is the plan sent, character for character (the server compares it with its own extraction).
    expect(res.statusCode).toBe(201);
  });
});

describe('POST /api/plans/mine/submit: a part declaring charset=utf-8 with valid text', () => {
  let t: TestApp;
  let clean: PlanDocx;
  beforeAll(async () => {
    clean = planDocx();
    t = await build();
    await t.token('submitterA');
  });
  afterAll(() => t.close());

  it('is accepted as the parser decoded it', async () => {
    const res = await t.as('submitterA', {
      method: 'POST',
      url: '/api/plans/mine/submit',
      ...form([
        { name: 'plan', bytes: utf8(JSON.stringify(clean.plan)), headers: 'Content-Type: text/plain; charset=utf-8' },
        { name: 'idempotencyKey', bytes: utf8(key()) },
        docxPart(clean),
      ]),
    });
    expect(res.statusCode).toBe(201);
  });
});
