/// <reference types="office-js" />
import { paragraphText, type Paragraph } from '@cds/model';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { analyze, isPlainBodyText } from '@cds/rules';
import { createWordHost, type HostPreset, type WordHost } from '@cds/word-host';
import { afterEach, describe, expect, it } from 'vitest';
import { createIncrementalAnalyzer, PANE_RULES } from './incremental.js';
import { validateDocument } from './validate.js';

/**
 * Live validation reuses work across passes: after the user types in one paragraph the
 * pass is incremental, costs the same Word round trips as a full one, and finds exactly
 * what a fresh full pass (and analyze() over the same reading) finds.
 */
const PRESETS: HostPreset[] = ['web', 'ltsc2024', 'office2019'];
let uninstall: (() => void) | null = null;
afterEach(() => uninstall?.());

const open = (preset: HostPreset): WordHost => {
  const host = createWordHost({
    preset,
    document: buildCleanPlanModel({ form: 'structured', mutations: [{ kind: 'placeholder', section: 'P2.V' }] }),
  });
  uninstall = host.install();
  return host;
};

/** A long plain sentence of a section's body: what a drafter types into. */
const bodyParagraph = (p: Paragraph) => paragraphText(p).length > 60 && isPlainBodyText(p);

describe.each(PRESETS)('on %s', (preset) => {
  it('after a one-paragraph edit: an incremental pass, the same round trips, the same findings as a full pass', async () => {
    const host = open(preset);
    const analyzer = createIncrementalAnalyzer();
    const first = await host.measure(() => validateDocument({ analyzer }));
    expect(first.result.pass.mode).toBe('full');

    await host.user.type(bodyParagraph, ' [...]');
    const edited = await host.measure(() => validateDocument({ analyzer }));
    expect(edited.result.pass.mode, edited.result.pass.why).toBe('incremental');
    expect(edited.result.pass.rulesRun).toBeLessThan(PANE_RULES.length);
    expect(edited.syncs).toBeLessThanOrEqual(first.syncs);

    const fresh = await host.measure(() => validateDocument());
    expect(fresh.result.pass.mode).toBe('full');
    expect(edited.syncs).toBe(fresh.syncs);
    expect(edited.result.findings).toStrictEqual(fresh.result.findings);
    expect(edited.result.analysis).toStrictEqual(analyze(edited.result.reading.doc, { rules: PANE_RULES, catalog: null }));
    // The placeholder typed is found, where it was typed.
    expect(edited.result.findings.filter((f) => f.rule === 'placeholder-left').length).toBeGreaterThan(
      first.result.findings.filter((f) => f.rule === 'placeholder-left').length,
    );

    const again = await validateDocument({ analyzer });
    expect(again.pass.mode).toBe('unchanged');
    expect(again.findings).toStrictEqual(edited.result.findings);
  });

  it('after a heading is retyped: a full pass, still the same findings', async () => {
    const host = open(preset);
    const analyzer = createIncrementalAnalyzer();
    await validateDocument({ analyzer });
    await host.user.type((p) => paragraphText(p).startsWith('V.'), 'V. MỘT MỤC KHÁC', { at: 'replace' });
    const v = await validateDocument({ analyzer });
    expect(v.pass.mode).toBe('full');
    expect(v.findings).toStrictEqual((await validateDocument()).findings);
  });
});
