/// <reference types="office-js" />
/**
 * The critiques the pane puts in Word when "Đánh dấu" is on: what Word receives in
 * Paragraph.insertAnnotations, per host preset. The in-memory host keeps a critique's
 * range and colour but not its pop-up, so the argument is read at the call.
 */
import { buildCleanPlanModel } from '@cds/plan/testing';
import { clearMarks, markFindings, validateDocument } from '@cds/word-adapter';
import { createWordHost, type HostPreset } from '@cds/word-host';
import { afterEach, describe, expect, it, vi } from 'vitest';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  vi.restoreAllMocks();
});

async function critiquesOn(preset: HostPreset, requirementSets?: { WordApi: string }) {
  const host = createWordHost({
    preset,
    ...(requirementSets ? { requirementSets } : {}),
    document: buildCleanPlanModel({
      form: 'structured',
      mutations: [
        { kind: 'dropItem', section: 'P1.II.4', part: 'shortcomings' },
        { kind: 'unquantifiedTarget', row: 1 },
      ],
    }),
  });
  uninstall = host.install();
  const v = await validateDocument();
  const proto = await Word.run(async (context) => Object.getPrototypeOf(context.document.body.paragraphs.getFirst()) as Word.Paragraph);
  const spy = vi.spyOn(proto, 'insertAnnotations');
  spy.mockClear();
  const r = await markFindings(v.findings);
  const critiques = spy.mock.calls.flatMap(([set]) => set.critiques);
  return { host, v, r, critiques };
}

describe('critique pop-ups', () => {
  it.each(['web', 'ltsc2024'] as const)('on %s (WordApi 1.8+) each critique carries the Vietnamese messages of its paragraph’s findings', async (preset) => {
    const { host, v, r, critiques } = await critiquesOn(preset);
    expect(r.mode).toBe('annotations');
    expect(critiques.length).toBe(r.marked);
    expect(critiques.length).toBeGreaterThan(0);
    const byParagraph = new Map<number, string[]>();
    for (const f of v.findings) if (f.place?.kind === 'paragraph') byParagraph.set(f.place.index, [...(byParagraph.get(f.place.index) ?? []), f.message]);
    const expected = [...byParagraph.values()].map((ms) => [...new Set(ms)].slice(0, 5).sort());
    const got = critiques.map((c) => [...(c.popupOptions?.suggestions ?? [])].sort());
    expect(got.sort()).toEqual(expected.sort());
    for (const c of critiques) {
      for (const m of c.popupOptions!.suggestions) expect(m).toMatch(/[àáảãạăâđêôơưệịọụ]/i); // Vietnamese with diacritics, not a message id
      expect(c.popupOptions).toMatchObject({ titleResourceId: 'CDS.Button.Label', brandingTextResourceId: 'CDS.Button.Label' });
    }
    // Still nothing of it in the saved file.
    expect(new TextDecoder().decode(host.save())).not.toContain(critiques[0]!.popupOptions!.suggestions[0]!.slice(0, 20));
    await clearMarks();
    expect(host.state.annotations.size).toBe(0);
  });

  it('puts the most severe finding first and colours the critique by it', async () => {
    const { v, critiques } = await critiquesOn('web');
    const RANK = { error: 0, warning: 1, info: 2 } as const;
    for (const c of critiques) {
      const sev = c.popupOptions!.suggestions.map((m) => v.findings.find((f) => f.message === m)!.severity);
      expect([...sev].sort((a, b) => RANK[a] - RANK[b])).toEqual(sev);
      expect(c.colorScheme).toBe({ error: 'Red', warning: 'Lavender', info: 'Blue' }[sev[0]!]);
    }
  });

  it('sends no pop-up to WordApi 1.7 (popupOptions is WordApi 1.8)', async () => {
    const seven = await critiquesOn('web', { WordApi: '1.7' });
    expect(seven.r.mode).toBe('annotations');
    expect(seven.critiques.length).toBeGreaterThan(0);
    for (const c of seven.critiques) expect(c.popupOptions).toBeUndefined();
  });

  it('marks nothing on Office 2019 (no annotations below WordApi 1.7, no silent edits)', async () => {
    const { r, critiques } = await critiquesOn('office2019');
    expect(r).toEqual({ mode: 'none', marked: 0 });
    expect(critiques).toEqual([]);
  });
});
