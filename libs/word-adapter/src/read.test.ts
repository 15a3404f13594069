/// <reference types="office-js" />
import { buildCleanPlanModel } from '@cds/plan/testing';
import { analyze } from '@cds/rules';
import { createWordHost, type HostPreset } from '@cds/word-host';
import { afterEach, describe, expect, it } from 'vitest';
import { PANE_RULES } from './incremental.js';
import { readDocument } from './read.js';

const PRESETS: HostPreset[] = ['web', 'ltsc2024', 'office2019'];
let uninstall: (() => void) | null = null;
afterEach(() => uninstall?.());

const summary = (doc: Parameters<typeof analyze>[0]) =>
  analyze(doc, { rules: PANE_RULES })
    .findings.map((f) => `${f.severity} ${f.rule} ${f.section ?? '-'} ${f.part ?? ''}`)
    .sort();

describe.each(PRESETS)('readDocument on %s', (preset) => {
  it.each(['plain', 'structured'] as const)('reads a %s plan in one round trip into a model that analyses like the file', async (form) => {
    const model = buildCleanPlanModel({
      form,
      mutations: [
        { kind: 'dropSection', section: 'P2.IV.3' },
        { kind: 'dropItem', section: 'P1.II.4', part: 'shortcomings' },
        { kind: 'unquantifiedTarget', row: 1 },
      ],
    });
    const host = createWordHost({ preset, document: structuredClone(model) });
    uninstall = host.install();
    const { result, syncs } = await host.measure(() => readDocument());
    // One batch of loads. The host counts a second round trip: it queues a resolve op for every
    // *OrNullObject navigation proxy its load creates, into Word.run's closing sync (see the report).
    expect(syncs).toBeLessThanOrEqual(2);
    expect(summary(result.doc)).toEqual(summary(model));
    expect(summary(result.doc).some((s) => s.includes('section-missing P2.IV.3'))).toBe(true);
    expect(result.doc.headerText ?? null).toEqual(model.headerText?.length ? expect.arrayContaining(model.headerText) : null);
  });
});

describe('cells whose values do not give their paragraph counts', () => {
  it('loads the counts from the cells (one more round trip) when a cell holds a nested table', async () => {
    const cell = (id: string, text: string) => ({ id, blocks: [{ kind: 'paragraph' as const, id: `${id}.p`, inlines: [{ kind: 'run' as const, text }] }] });
    const nested = { kind: 'table' as const, id: 'n', rows: [{ id: 'n.r0', cells: [cell('n.r0.c0', 'trong'), cell('n.r0.c1', 'bảng con')] }] };
    const doc = {
      body: [
        { kind: 'paragraph' as const, id: 'a', inlines: [{ kind: 'run' as const, text: 'Trước bảng' }] },
        {
          kind: 'table' as const,
          id: 't',
          rows: [{ id: 't.r0', cells: [cell('t.r0.c0', 'A'), { id: 't.r0.c1', blocks: [nested, { kind: 'paragraph' as const, id: 'x', inlines: [] }] }] }],
        },
        { kind: 'paragraph' as const, id: 'b', inlines: [{ kind: 'run' as const, text: 'Sau bảng' }] },
      ],
      sections: [{ widthMm: 210, heightMm: 297, orientation: 'portrait' as const, margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } }],
      defaults: {},
    };
    const host = createWordHost({ preset: 'office2019', document: doc });
    uninstall = host.install();
    const { result, syncs } = await host.measure(() => readDocument());
    // The host counts the load batch as 2 (see above); the cells' batch absorbs the second.
    expect(syncs).toBeLessThanOrEqual(3);
    const table = result.doc.body.find((b) => b.kind === 'table');
    // The nested table's two paragraphs and the empty one after it, flattened into the cell.
    expect(table?.kind === 'table' && table.rows[0]!.cells[1]!.blocks.length).toBe(3);
    const texts = (blocks: typeof result.doc.body): string[] =>
      blocks.flatMap((b) =>
        b.kind === 'paragraph' ? [b.inlines.map((i) => ('text' in i ? i.text : '')).join('')] : b.kind === 'table' ? ['|'] : texts(b.children),
      );
    expect(texts(result.doc.body)).toEqual(['Trước bảng', '|', 'Sau bảng']);
  });
});
