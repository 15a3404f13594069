import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '@cds/docx';
import { PlanDataSchema, sampleCatalog } from '@cds/plan';
import { FindingSchema } from '@cds/rules';
import { getTemplate } from '@cds/template';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { run } from './run.js';
import { ValidationJsonSchema } from './validation-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'cds-cli-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

let clean: string;
let missingP2V: string;
let badTarget: string;

beforeAll(() => {
  clean = file('clean.docx', writeDocx(buildCleanPlanModel({ agencyKind: 'province', agency: '04' })));
  missingP2V = file('no-p2v.docx', writeDocx(buildCleanPlanModel({ agencyKind: 'province', mutations: [{ kind: 'dropSection', section: 'P2.V' }] })));
  badTarget = file('bad-target.docx', writeDocx(buildCleanPlanModel({ agencyKind: 'central', mutations: [{ kind: 'unquantifiedTarget', row: 0 }] })));
});

describe('cli validate --json', () => {
  it('prints the contract object for a clean plan: every template section, no error, exit 0', async () => {
    const { code, stdout } = await cli('validate', clean, '--json', '--strict');
    expect(code).toBe(0);
    const json = ValidationJsonSchema.parse(JSON.parse(stdout));
    expect(json.file).toBe(clean);
    expect(json.sections.map((s) => s.id)).toEqual(getTemplate().sections.map((s) => s.id));
    for (const f of json.findings) FindingSchema.parse(f);
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(json.agency.kind).toBe('province');
  });

  it('puts a missing section finding on that section and exits 1 only with --strict', async () => {
    const loose = await cli('validate', missingP2V, '--json');
    expect(loose.code).toBe(0);
    const findings = ValidationJsonSchema.parse(JSON.parse(loose.stdout)).findings;
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'error', section: 'P2.V', rule: 'section-missing' }));
    expect((await cli('validate', missingP2V, '--json', '--strict')).code).toBe(1);
  });

  it('flags an unquantified indicator target in P2.II.2', async () => {
    const { stdout } = await cli('validate', badTarget, '--json');
    expect(JSON.parse(stdout).findings).toContainEqual(
      expect.objectContaining({ severity: 'error', section: 'P2.II.2', rule: 'indicator-target-unquantified' }),
    );
  });

  it('runs catalogue coverage only when a catalogue is given, for the kind named on the command line', async () => {
    const catalog = file(
      'catalog.json',
      JSON.stringify({ entries: [{ code: 'X-1', name: 'Chỉ tiêu không ai lập kế hoạch', unit: '%', appliesTo: 'central' }] }),
    );
    const without = JSON.parse((await cli('validate', clean, '--json')).stdout);
    expect(without.findings.some((f: { rule: string }) => f.rule === 'indicator-catalog-uncovered')).toBe(false);
    const asProvince = JSON.parse((await cli('validate', clean, '--json', '--catalog', catalog)).stdout);
    expect(asProvince.findings.some((f: { rule: string }) => f.rule === 'indicator-catalog-uncovered')).toBe(false);
    const asCentral = JSON.parse((await cli('validate', clean, '--json', '--catalog', catalog, '--agency-kind', 'central')).stdout);
    expect(asCentral.agency.kind).toBe('central');
    expect(asCentral.findings).toContainEqual(expect.objectContaining({ rule: 'indicator-catalog-uncovered', section: 'P2.II.2' }));
  });

  it('refuses an unreadable catalogue with its line problems and exit 2', async () => {
    const bad = file('bad.csv', 'code,name,unit,appliesTo\nA,,%,all\n');
    const { code, stderr } = await cli('validate', clean, '--catalog', bad);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Dòng 2/);
  });
});

describe('cli validate (human output)', () => {
  it('groups findings under their section heading and ends with a Vietnamese summary line', async () => {
    const { stdout } = await cli('validate', missingP2V);
    expect(stdout).toMatch(/P2\.V V\. Tổ chức thực hiện/i);
    expect(stdout).toMatch(/Lỗi \[section-missing\]/);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/no-p2v\.docx: nhận diện \d+ mục; [1-9]\d* lỗi, \d+ cảnh báo, \d+ thông tin\./);
  });
});

describe('cli exit code 2: not a readable .docx', () => {
  it.each([
    ['a text file', 'note.docx', 'đây không phải tệp docx'],
    ['an empty file', 'empty.docx', ''],
  ])('%s', async (_label, name, content) => {
    const { code, stderr, stdout } = await cli('validate', file(name, content), '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(name);
    expect(stderr).toMatch(/không phải tệp \.docx đọc được/);
  });

  it('a file that does not exist', async () => {
    const { code, stderr } = await cli('text', join(dir, 'nope.docx'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/không tồn tại/);
  });

  it('a wrong command or option prints the usage', async () => {
    expect((await cli('frobnicate', clean)).code).toBe(2);
    const bad = await cli('validate', clean, '--agency-kind', 'district');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--agency-kind/);
  });
});

describe('cli text and extract', () => {
  it('text prints the body one paragraph per line, headings with their numbers', async () => {
    const { code, stdout } = await cli('text', clean);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.some((l) => /^Phần I\b/i.test(l))).toBe(true);
    expect(lines.some((l) => /VI\.\s+DANH MỤC NHIỆM VỤ, DỰ ÁN/.test(l))).toBe(true);
  });

  it('extract prints plan data that satisfies the shared schema', async () => {
    const { code, stdout } = await cli('extract', clean);
    expect(code).toBe(0);
    const plan = PlanDataSchema.parse(JSON.parse(stdout));
    expect(plan.indicators.length).toBeGreaterThan(0);
    expect(plan.tasks.length).toBeGreaterThan(0);
    expect(sampleCatalog.sample).toBe(true);
  });
});
