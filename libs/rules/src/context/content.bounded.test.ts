import { describe, expect, it } from 'vitest';
import { displayText, paragraphs } from '@cds/model';
import type { DocumentModel } from '@cds/model';
import { buildCleanPlanModel, buildHandTypedPlanModel, para } from '@cds/plan/testing';
import { analyze } from '../analyze.js';
import { contentWork, isBlankish, placeholderSpans } from './content.js';

/** What isBlankish means, computed afresh: no letter, digit or unit sign outside the placeholders. */
function blankishByDefinition(text: string): boolean {
  let rest = '';
  let at = 0;
  for (const [a, b] of placeholderSpans(text)) {
    rest += `${text.slice(at, a)} `;
    at = b;
  }
  return !/[\p{L}\p{N}%‰₫$€]/u.test(rest + text.slice(at));
}

const texts = (doc: DocumentModel) => [...paragraphs(doc.body)].map((c) => displayText(c.paragraph));

/** A plan whose first a) item holds `n` more paragraphs, every third one only "[...]", the others a sentence with a placeholder. */
function planWithPlaceholderItem(n: number) {
  const doc = buildCleanPlanModel();
  const label = doc.body.findIndex((b) => b.kind === 'paragraph' && displayText(b).startsWith('a) '));
  const ids: string[] = [];
  const added = Array.from({ length: n }, (_, i) => {
    ids.push(`ph${i}`);
    return para(`ph${i}`, i % 3 === 0 ? '[...]' : `Đoạn ${i}: chuyển đổi số [...] (năm 2026, tỷ lệ % Quý I/2026`);
  });
  doc.body.splice(label + 1, 0, ...added);
  return { doc, ids, withContent: ids.filter((_, i) => i % 3 !== 0) };
}

describe('isBlankish', () => {
  it('answers as its definition for every text of real-looking plans, asked twice and in turns', () => {
    const all = [...texts(buildCleanPlanModel()), ...texts(buildHandTypedPlanModel())];
    // Long texts (an item's whole text) beside short ones, and long ones differing in their last character only.
    const long = all.join('\n');
    const longBlank = '[...] '.repeat(400);
    const asked = [long, ...all, longBlank, `${longBlank.slice(0, -1)}x`, `${longBlank.slice(0, -1)}-`, long, longBlank];
    for (const round of [1, 2]) for (const t of asked) expect(isBlankish(t), `round ${round}: ${t.slice(0, 60)}`).toBe(blankishByDefinition(t));
    expect(asked.filter((t) => isBlankish(t)).length).toBeGreaterThan(1);
  });
});

describe('a plan with thousands of placeholder paragraphs in one item', () => {
  it('reports each paragraph that has content beside its placeholder, once, and no more', () => {
    const { doc, ids, withContent } = planWithPlaceholderItem(3000);
    const base = analyze(buildCleanPlanModel()).findings.filter((f) => f.rule === 'placeholder-left');
    const found = analyze(doc).findings.filter((f) => f.rule === 'placeholder-left');
    const inserted = new Set(ids);
    const onInserted = found.filter((f) => f.blockId !== null && inserted.has(f.blockId));
    expect(onInserted.map((f) => f.blockId)).toEqual(withContent);
    expect(found.length - onInserted.length).toBe(base.length);
  });

  it('scans each character for placeholders a bounded number of times (was once per paragraph of the item)', () => {
    const scanned = (n: number) => {
      const { doc } = planWithPlaceholderItem(n);
      const chars = texts(doc).reduce((s, t) => s + t.length, 0);
      contentWork.scanned = 0;
      analyze(doc);
      return { scanned: contentWork.scanned, chars };
    };
    const small = scanned(1000);
    const big = scanned(6000);
    // Every rule that asks scans each text a few times: a constant per character, not the item's length.
    expect(big.scanned / big.chars).toBeLessThan(10);
    expect(big.scanned / big.chars).toBeLessThanOrEqual((small.scanned / small.chars) * 1.5);
  });
});
