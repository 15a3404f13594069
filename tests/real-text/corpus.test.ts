/**
 * The real-text corpus (issue 10): plans built from public plans' text, typed the
 * ways offices type them, written as .docx (by our writer, some re-saved by
 * LibreOffice), read back and judged. Clean plans give no error; defective ones
 * give their planted findings in the right sections and no other error; extraction
 * gives every indicator and task field exactly. The last test reports the figures.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, writeDocx } from '@cds/docx';
import { analyze, type Analysis } from '@cds/rules';
import { getTemplate } from '@cds/template';
import { hasSoffice, soffice } from '@cds/docx/testing/soffice';
import { buildPlan } from './build-plan.js';
import type { RealPlan } from './build-plan.js';
import { CORPUS, type CorpusEntry } from './corpus.js';
import { withTrackedChanges } from './tracked.js';

const dir = mkdtempSync(join(tmpdir(), 'cds-real-text-'));
const results = new Map<string, { entry: CorpusEntry; plan: RealPlan; analysis: Analysis; via: string }>();

beforeAll(() => {
  const files = new Map<string, Uint8Array>();
  for (const entry of CORPUS) {
    const plan = entry.edit ? entry.edit(entry.plan) : entry.plan;
    let bytes = writeDocx(buildPlan(plan));
    if (entry.tracked) bytes = withTrackedChanges(bytes, entry.tracked);
    files.set(plan.id, bytes);
    writeFileSync(join(dir, `${plan.id}.docx`), bytes);
  }
  const viaLo = CORPUS.filter((e) => e.via === 'libreoffice' && hasSoffice).map((e) => e.plan.id);
  const out = join(dir, 'lo');
  mkdirSync(out);
  if (viaLo.length)
    soffice(
      viaLo.map((id) => join(dir, `${id}.docx`)),
      'docx:MS Word 2007 XML',
      out,
    );
  for (const entry of CORPUS) {
    const plan = entry.edit ? entry.edit(entry.plan) : entry.plan;
    const lo = viaLo.includes(plan.id);
    const bytes = lo ? readFileSync(join(out, `${plan.id}.docx`)) : files.get(plan.id)!;
    const analysis = analyze(readDocx(bytes), entry.agencyCode ? { agencyCode: entry.agencyCode } : {});
    results.set(plan.id, { entry, plan, analysis, via: lo ? 'LibreOffice' : 'writer' });
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errors = (a: Analysis) => a.findings.filter((f) => f.severity === 'error' && !f.ignored);
const clean = CORPUS.filter((e) => e.defects.length === 0).map((e) => e.plan.id);
const defective = CORPUS.filter((e) => e.defects.length > 0).map((e) => e.plan.id);

describe.each(clean)('clean real-text plan %s', (id) => {
  it('has every template section once and no error finding', () => {
    const { analysis } = results.get(id)!;
    expect(analysis.outline.sections.map((s) => s.id)).toEqual(getTemplate().sections.map((s) => s.id));
    expect(errors(analysis).map((f) => `${f.rule} ${f.section}: ${f.message}`)).toEqual([]);
  });
});

describe.each(defective)('defective real-text plan %s', (id) => {
  it('gives each planted finding in its section, and no other error', () => {
    const { analysis, entry } = results.get(id)!;
    const found = analysis.findings.map((f) => ({ rule: f.rule, section: f.section, ...(f.part ? { part: f.part } : {}) }));
    for (const d of entry.defects) expect(found).toContainEqual(d);
    const planted = new Set(entry.defects.map((d) => d.rule));
    expect(
      errors(analysis)
        .filter((f) => !planted.has(f.rule))
        .map((f) => `${f.rule} ${f.section}: ${f.message}`),
    ).toEqual([]);
  });
});

/** Every extracted indicator and task field against what the builder wrote (parsed values written by hand). */
function fieldChecks(id: string): { field: string; expected: unknown; actual: unknown }[] {
  const { plan, analysis, entry } = results.get(id)!;
  const unread = new Set(entry.unreadColumns ?? []);
  const merged = plan.style.indicatorHeader === 'merged';
  const checks: { field: string; expected: unknown; actual: unknown }[] = [];
  const check = (field: string, expected: unknown, actual: unknown) =>
    checks.push({ field, expected: unread.has(field.split('.').at(-1)!) ? '' : expected, actual });
  const inds = analysis.plan.indicators;
  checks.push({ field: 'indicators.count', expected: plan.indicators.length, actual: inds.length });
  plan.indicators.forEach((r, i) => {
    const got = inds[i];
    const e = {
      name: r.name,
      unit: r.unit,
      target2026: r.target2026,
      target2026Value: r.expect.target2026Value,
      target2030: r.target2030,
      target2030Value: r.expect.target2030Value,
      method: r.method,
      measurement: merged ? r.method : r.measurement,
      lead: r.lead,
      deadline: r.deadline,
      resources: r.resources,
    };
    for (const [k, v] of Object.entries(e)) check(`indicator${i + 1}.${k}`, v, got?.[k as keyof typeof got]);
  });
  const tasks = analysis.plan.tasks;
  checks.push({ field: 'tasks.count', expected: plan.tasks.length, actual: tasks.length });
  plan.tasks.forEach((r, i) => {
    const got = tasks[i];
    const e = {
      section: 'P2.VI',
      name: r.name,
      expectedResult: r.expectedResult,
      effectiveness: r.effectiveness,
      deadline: r.deadline,
      implementingUnit: r.unit,
      fundingSource: r.fundingSource,
      amount: r.amount,
      amountVnd: r.expectVnd,
    };
    for (const [k, v] of Object.entries(e)) check(`task${i + 1}.${k}`, v, got?.[k as keyof typeof got]);
  });
  return checks;
}

describe.each([...clean, ...defective])('extraction from real-text plan %s', (id) => {
  it('gives every indicator and task field exactly', () => {
    const wrong = fieldChecks(id).filter((c) => c.expected !== c.actual);
    expect(wrong).toEqual([]);
  });
});

describe('the real-text corpus as a whole', () => {
  it('reports errors on clean plans (goal 0) and fields extracted right (goal 100%)', () => {
    const rows = [...results.values()].map(({ plan, analysis, entry, via }) => {
      const checks = fieldChecks(plan.id);
      const right = checks.filter((c) => c.expected === c.actual).length;
      return {
        plan: plan.id,
        via,
        clean: entry.defects.length === 0,
        errors: errors(analysis).length,
        planted: entry.defects.length,
        fields: checks.length,
        right,
      };
    });
    const cleanErrors = rows.filter((r) => r.clean).reduce((n, r) => n + r.errors, 0);
    const fields = rows.reduce((n, r) => n + r.fields, 0);
    const right = rows.reduce((n, r) => n + r.right, 0);
    console.log(
      [
        'plan      via          clean  errors  planted  fields right',
        ...rows.map(
          (r) =>
            `${r.plan.padEnd(9)} ${r.via.padEnd(12)} ${String(r.clean).padEnd(6)} ${String(r.errors).padStart(6)} ${String(r.planted).padStart(8)} ${String(r.fields).padStart(7)} ${String(r.right).padStart(5)}`,
        ),
        `errors on clean plans: ${cleanErrors}; fields extracted right: ${right}/${fields} (${((100 * right) / fields).toFixed(1)}%)`,
      ].join('\n'),
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(cleanErrors).toBe(0);
    expect(right).toBe(fields);
  });
});
