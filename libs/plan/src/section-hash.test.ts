import { createHash } from 'node:crypto';
import { getTemplate } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { sampleCatalog } from './catalog-sample.js';
import { extract } from './extract.js';
import { recognize } from './recognize.js';
import { PlanDataSchema, type PlanData } from './schema.js';
import { canonicalJson, joinPlan, listHashes, sha256Text, splitPlan, type SplitPlan } from './section-hash.js';
import { buildCleanPlanModel } from './testing/index.js';

const t = getTemplate();
const planOf = (size?: Parameters<typeof buildCleanPlanModel>[0]): PlanData => {
  const doc = buildCleanPlanModel(size);
  return PlanDataSchema.parse(extract(doc, recognize(doc, t), t, { catalog: sampleCatalog.entries }));
};
const clean = planOf({ size: { indicators: 12, taskRows: 8, projects2025: 3, extraParagraphs: 2 } });
const copy = <T>(v: T): T => structuredClone(v);
const rebuild = (s: SplitPlan) => joinPlan(s.list, s.rest, (h) => s.bodies.get(h));
/** The body hashes of a split, by section position. */
const hashes = (p: PlanData) => splitPlan(p).list.sections.map((s) => s.hash);

/** What the reader does when a paragraph is inserted before block `b<at>`: every later positional id moves up by one. */
function shiftIds(plan: PlanData, at: number): PlanData {
  const shift = (id: string) => id.replace(/^b(\d+)/, (m, n: string) => (Number(n) >= at ? `b${Number(n) + 1}` : m));
  return JSON.parse(
    JSON.stringify(plan, (k, v: unknown) => {
      if ((k === 'blockId' || k === 'labelBlockId' || k === 'controlId') && typeof v === 'string') return shift(v);
      if (k === 'contentBlockIds' && Array.isArray(v)) return v.map((x: string) => shift(x));
      return v;
    }),
  ) as PlanData;
}

describe('sha256Text and canonicalJson', () => {
  it('hashes UTF-8 exactly as node:crypto does (ASCII and Vietnamese)', () => {
    for (const s of ['', 'abc', 'Kế hoạch chuyển đổi số năm 2026 — Ủy ban nhân dân', '😀 \u00e9'])
      expect(sha256Text(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });

  it('writes keys sorted at every depth, so key order does not change a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"y":null,"z":0}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });
});

describe('splitPlan / joinPlan', () => {
  it('rebuilds the plan exactly: every field, every row in its order', () => {
    const s = splitPlan(clean);
    expect(s.list.sections).toHaveLength(clean.sections.length);
    expect(rebuild(s)).toStrictEqual(clean);
    // Each part is stored as its canonical text: parsed back, it rebuilds the same plan.
    const parsed = (h: string) => JSON.parse(s.texts.get(h)!);
    expect(joinPlan(s.list, parsed(s.list.rest), parsed)).toStrictEqual(clean);
  });

  it('puts each table row in its table’s section and keeps only rows before any section in the rest', () => {
    const s = splitPlan(clean);
    const at = (id: string) => s.bodies.get(s.list.sections[clean.sections.findIndex((x) => x.id === id)]!.hash)!;
    expect(at('P2.II.2').indicators).toHaveLength(clean.indicators.length);
    expect(at('P2.VI').tasks).toHaveLength(clean.tasks.length);
    expect(at('P1.II.10').projects2025).toHaveLength(clean.projects2025.length);
    expect(s.rest).toMatchObject({ indicators: [], tasks: [], projects2025: [], templateVersion: clean.templateVersion });
  });

  it('rebuilds odd plans exactly: no positional ids, rows out of section order, unknown sections, ids that look relative, no tables', () => {
    const odd = copy(clean);
    odd.tasks[0]!.section = 'P2.II'; // before P2.VI: stays in the run it is in
    odd.tasks[1]!.blockId = 'b+3.r1';
    odd.tasks[2]!.blockId = '!x';
    odd.tasks[3]!.blockId = 'b007';
    odd.tasks[4]!.blockId = 'b123456789012345678901234567890';
    odd.indicators.reverse();
    odd.sections[1]!.blockId = 'heading-without-number';
    odd.ignores.push({ rule: 'R1', section: 'P9.IX', blockId: 'b-1', reason: 'lý do' }, { rule: 'R2', section: null, blockId: null, reason: 'khác' });
    delete odd.tables;
    expect(rebuild(splitPlan(odd))).toStrictEqual(odd);

    const synthetic: PlanData = { ...copy(clean), sections: [], tables: [] };
    synthetic.indicators.forEach((r, i) => (r.blockId = `ind-${i}`));
    const s = splitPlan(synthetic);
    expect(s.list.sections).toEqual([]);
    expect(rebuild(s)).toStrictEqual(synthetic);
  });

  it('changes one body when one section’s text changes, nothing else', () => {
    const edited = copy(clean);
    const i = edited.sections.findIndex((x) => x.id === 'P1.II.3');
    edited.sections[i]!.text += '\nMột câu mới.';
    const [a, b] = [hashes(clean), hashes(edited)];
    expect(a.filter((h, j) => h !== b[j])).toHaveLength(1);
    expect(a[i]).not.toBe(b[i]);
    expect(splitPlan(edited).list.rest).toBe(splitPlan(clean).list.rest);
  });

  it('changes one body when a paragraph inserted early shifts every later block id', () => {
    const i = clean.sections.findIndex((x) => x.id === 'P1.I');
    const at = Number(clean.sections[i]!.blockId.slice(1)) + 1;
    const inserted = shiftIds(clean, at);
    inserted.sections[i]!.text = `Đoạn chèn thêm.\n${inserted.sections[i]!.text}`;
    expect(inserted.indicators[0]!.blockId).not.toBe(clean.indicators[0]!.blockId);
    const [a, b] = [hashes(clean), hashes(inserted)];
    expect(a.map((h, j) => (h === b[j] ? '=' : j))).toEqual(a.map((_, j) => (j === i ? j : '=')));
    // The later sections' offsets moved instead; the plan still rebuilds exactly.
    const s = splitPlan(inserted);
    expect(s.list.sections[i + 1]!.offsets!.b).toBe(splitPlan(clean).list.sections[i + 1]!.offsets!.b! + 1);
    expect(rebuild(s)).toStrictEqual(inserted);
  });

  it('changes only the table’s section when an indicator row changes', () => {
    const edited = copy(clean);
    edited.indicators[3]!.target2026 = '99';
    const [a, b] = [hashes(clean), hashes(edited)];
    const i = clean.sections.findIndex((x) => x.id === 'P2.II.2');
    expect(a.map((h, j) => (h === b[j] ? '=' : j))).toEqual(a.map((_, j) => (j === i ? j : '=')));
  });

  it('names each part once, the rest first', () => {
    const s = splitPlan(clean);
    const names = listHashes(s.list);
    expect(names[0]).toBe(s.list.rest);
    expect(new Set(names).size).toBe(names.length);
    expect([...s.texts.keys()].sort()).toEqual([...names].sort());
  });
});
