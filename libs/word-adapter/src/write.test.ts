/// <reference types="office-js" />
import { readDocx } from '@cds/docx';
import { docxText } from '@cds/docx';
import { blockControls } from '@cds/model';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { sectionTag } from '@cds/template';
import { createWordHost, emptyDocument, type HostPreset } from '@cds/word-host';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptDocument, planAdoption, previewAdoption } from './adopt.js';
import { insertFramework, insertSection } from './insert.js';
import { readDocument } from './read.js';
import { validateDocument } from './validate.js';

const PRESETS: HostPreset[] = ['web', 'ltsc2024', 'office2019'];
let uninstall: (() => void) | null = null;
afterEach(() => uninstall?.());

describe.each(PRESETS)('writing on %s', (preset) => {
  it('inserts the whole framework into an empty document as tagged, formatted OOXML in one round trip', async () => {
    const host = createWordHost({ preset, document: emptyDocument() });
    uninstall = host.install();
    const { result, syncs } = await host.measure(() => insertFramework({ replace: true }));
    expect(result.fallback).toBeUndefined();
    expect(syncs).toBe(1);
    const tags = [...blockControls(host.document.body)].map((c) => c.cc.tag);
    expect(tags).toContain(sectionTag('P2.III.6'));
    expect(tags).toContain('cds:item:P1.II.3:shortcomings');
    expect(tags).toContain('cds:table:indicators');
    const v = await validateDocument();
    expect(v.analysis.findings.filter((f) => f.rule === 'section-missing')).toEqual([]);
    expect(v.analysis.outline.structured).toBe(true);
    // The saved file carries the same structure.
    const back = readDocx(host.save());
    expect([...blockControls(back.body)].map((c) => c.cc.tag)).toEqual(tags);
  });

  it('inserts a missing section where it belongs', async () => {
    const model = buildCleanPlanModel({ form: 'structured', mutations: [{ kind: 'dropSection', section: 'P2.IV.3' }] });
    const host = createWordHost({ preset, document: model });
    uninstall = host.install();
    const before = await validateDocument();
    expect(before.analysis.findings.some((f) => f.rule === 'section-missing' && f.section === 'P2.IV.3')).toBe(true);
    const { syncs } = await host.measure(() => insertSection('P2.IV.3', { reading: before.reading }));
    expect(syncs).toBeLessThanOrEqual(2);
    const after = await validateDocument();
    const rules = after.analysis.findings.filter((f) => f.section === 'P2.IV.3').map((f) => f.rule);
    expect(rules).not.toContain('section-missing');
    expect(rules).toContain('section-empty'); // inserted with an empty body paragraph for the drafter to fill
    const ids = after.analysis.outline.sections.map((s) => s.id);
    expect(ids.indexOf('P2.IV.3')).toBe(ids.indexOf('P2.IV.2') + 1);
  });

  it('adopts a plain draft: shows what it found, then wraps it without changing a character', async () => {
    const model = buildCleanPlanModel({ form: 'plain' });
    const host = createWordHost({ preset, document: model });
    uninstall = host.install();
    const textBefore = docxText(readDocx(host.save()));
    const preview = await previewAdoption();
    expect(preview.structured).toBe(false);
    expect(preview.missing).toEqual([]);
    expect(preview.tables.map((t) => t.kind).sort()).toEqual(['indicators', 'projects2025', 'tasks']);
    expect(readDocx(host.save()).body.some((b) => b.kind === 'blockControl')).toBe(false); // the preview changed nothing
    const { result, syncs } = await host.measure(() => adoptDocument());
    expect(syncs).toBeLessThanOrEqual(4);
    expect(result.wrappedSections).toBeGreaterThan(40);
    expect(result.wrappedTables).toBe(3);
    const saved = readDocx(host.save());
    expect(docxText(saved)).toEqual(textBefore);
    const r = await readDocument();
    expect(planAdoption(r).preview.structured).toBe(true);
    const v = await validateDocument();
    expect(v.analysis.outline.structured).toBe(true);
    expect(v.analysis.counts.error).toBe(0);
  });
});
