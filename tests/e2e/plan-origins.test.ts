/**
 * A valid plan stays valid whoever wrote the file: our writer, the `docx` npm
 * library (automatic numbering instead of typed numbers), and LibreOffice after
 * opening and re-saving either (its OOXML differs the way real-world files do).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx, writeDocx } from '@cds/docx';
import { analyze, type Analysis } from '@cds/rules';
import { getTemplate } from '@cds/template';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { soffice } from '@cds/docx/testing/soffice';
import { renderWithDocxNpm } from './fixtures/docx-npm-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'cds-origins-'));
const results = new Map<string, Analysis>();
const model = buildCleanPlanModel({ agencyKind: 'province', agency: '04' });
const broken = buildCleanPlanModel({
  agencyKind: 'province',
  agency: '04',
  mutations: [
    { kind: 'badDeadline', row: 1 },
    { kind: 'dropItem', section: 'P1.II.5', part: 'shortcomings' },
  ],
});

beforeAll(async () => {
  const files: Record<string, Uint8Array> = {
    'ours.docx': writeDocx(model),
    'docx-npm.docx': await renderWithDocxNpm(model),
    'broken-docx-npm.docx': await renderWithDocxNpm(broken),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const out = join(dir, 'lo');
  soffice(
    Object.keys(files).map((n) => join(dir, n)),
    'docx:MS Word 2007 XML',
    out,
  );
  for (const name of Object.keys(files)) {
    results.set(name, analyze(readDocx(files[name]!)));
    results.set(`lo/${name}`, analyze(readDocx(readFileSync(join(out, name)))));
  }
}, 240_000);

const errors = (a: Analysis) => a.findings.filter((f) => f.severity === 'error' && !f.ignored);

describe.each(['ours.docx', 'docx-npm.docx', 'lo/ours.docx', 'lo/docx-npm.docx'])('a clean plan written as %s', (name) => {
  it('has every template section, once, and no error finding', () => {
    const a = results.get(name)!;
    expect(a.outline.sections.map((s) => s.id)).toEqual(getTemplate().sections.map((s) => s.id));
    expect(errors(a)).toEqual([]);
  });

  it('extracts the same indicators and tasks as the model itself', () => {
    const direct = analyze(model).plan;
    const a = results.get(name)!.plan;
    const strip = <T extends { blockId: string }>(rows: T[]) => rows.map(({ blockId: _, ...rest }) => rest);
    expect(strip(a.indicators)).toEqual(strip(direct.indicators));
    expect(strip(a.tasks)).toEqual(strip(direct.tasks));
    expect(a.agency).toEqual(direct.agency);
  });
});

describe.each(['broken-docx-npm.docx', 'lo/broken-docx-npm.docx'])('a broken plan written as %s', (name) => {
  it('reports the bad deadline and the missing b) item in their sections', () => {
    const found = errors(results.get(name)!).map((f) => [f.rule, f.section, f.part ?? null]);
    expect(found).toContainEqual(['indicator-deadline-invalid', 'P2.II.2', null]);
    expect(found).toContainEqual(['item-missing', 'P1.II.5', 'shortcomings']);
  });
});
