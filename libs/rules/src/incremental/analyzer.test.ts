import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel, Paragraph, Run } from '@cds/model';
import { readDocx } from '@cds/docx';
import { sampleCatalog } from '@cds/plan';
import { buildCleanPlanModel, buildHandTypedPlanModel } from '@cds/plan/testing';
import type { PlanSize } from '@cds/plan/testing';
import { corpusDir } from '@cds/test-support';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import { allRules } from '../registry.js';
import { createAnalyzer, isPlainBodyText } from './analyzer.js';

/**
 * The property: for random sequences of edits (the kinds a drafter makes between two
 * readings of the document), the incremental analyzer's analysis deep-equals
 * `analyze()`'s at every step — findings in the same order with the same ids and
 * places, outline, plan, summaries, counts.
 */

const SIZE: PlanSize = { indicators: 12, taskRows: 14, areaTaskRows: 4, projects2025: 3, extraParagraphs: 3 };

/** Deterministic PRNG (mulberry32), so a failure names its seed and replays. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

/** Where a paragraph sits: its parent list and position, and whether it is in a table cell. */
interface Slot {
  parent: Block[];
  index: number;
  inTable: boolean;
}

function slots(body: Block[]): Slot[] {
  const out: Slot[] = [];
  const visit = (blocks: Block[], inTable: boolean) =>
    blocks.forEach((b, index) => {
      if (b.kind === 'paragraph') out.push({ parent: blocks, index, inTable });
      else if (b.kind === 'blockControl') visit(b.children, inTable);
      else for (const r of b.rows) for (const c of r.cells) visit(c.blocks, true);
    });
  visit(body, false);
  return out;
}

/** Texts that change what the recognizer, the extraction or a rule sees. */
const TRICKY = [
  '',
  'III. NHIỆM VỤ',
  'PHẦN THỨ HAI',
  'Phần I',
  'a) Kết quả đạt được:',
  'b) Tồn tại, hạn chế:',
  'Nơi nhận:',
  '[...]',
  'Đơn vị tính: triệu đồng',
  '(ĐVT: tỷ đồng)',
  'Phụ lục I',
  'Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ',
  'Triển khai hạ tầng số đến cấp xã, phường trên địa bàn.',
  'Kõ ho¹ch chuyÓn ®æi sè',
  'Ủy ban nhân dân tỉnh Cao Bằng',
  'Kế hoạch triển khai thực hiện',
  'Quý V/2026',
  '2. Một mục không có trong khung',
  'Văn bản này dùng dạng tổ hợp Unicode.'.normalize('NFD'),
];

let fresh = 0;

/** One random edit, applied to a copy of the document (a new reading, as the add-in gets from Word). */
function edit(doc: DocumentModel, r: ReturnType<typeof rng>, history: DocumentModel[]): DocumentModel {
  const roll = r.next();
  if (roll < 0.05 && history.length > 1) return structuredClone(history[r.int(history.length)]!); // undo to an earlier state
  const next = structuredClone(doc);
  if (roll < 0.1) return next; // the same document read again
  const all = slots(next.body);
  if (!all.length) return next;
  const body = all.filter((s) => !s.inTable);
  const s = roll < 0.65 && body.length ? r.pick(body) : r.pick(all);
  const p = s.parent[s.index] as Paragraph;
  const firstRun = () => p.inlines.find((i): i is Run => i.kind === 'run');
  const k = r.next();
  if (k < 0.45) {
    const run = firstRun();
    if (run) run.text += r.pick([' thêm', ' [...]', ' xã', '', ' 2027']);
    else p.inlines.push({ kind: 'run', text: 'Nội dung mới' });
  } else if (k < 0.75) p.inlines = [{ kind: 'run', text: r.pick(TRICKY), ...(firstRun()?.props ? { props: firstRun()!.props } : {}) }];
  else if (k < 0.82) {
    const run = firstRun();
    if (run) run.props = { ...run.props, bold: !run.props?.bold };
  } else if (k < 0.88) s.parent.splice(s.index, 1);
  else if (k < 0.94) s.parent.splice(s.index + 1, 0, { ...structuredClone(p), id: `fresh-${++fresh}` });
  else if (p.styleId) delete p.styleId;
  else p.styleId = 'Heading2';
  return next;
}

function corpusDocs(): [string, DocumentModel][] {
  const dir = corpusDir();
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(dir, d.name)).map((f) => join(dir, d.name, f)))
      .filter((f) => f.endsWith('.docx'))
      .flatMap((f): [string, DocumentModel][] => {
        try {
          return [[f.slice(dir.length + 1), readDocx(new Uint8Array(readFileSync(f)))]];
        } catch {
          return []; // the reader refuses it with a typed error: its own tests cover that
        }
      });
  } catch {
    return [];
  }
}

/** Runs `steps` random edits from `start`; every analysis is compared with analyze()'s. Returns how each pass went. */
function check(start: DocumentModel, options: AnalyzeOptions, seed: number, steps: number) {
  const r = rng(seed);
  const a = createAnalyzer(options);
  const modes: Record<string, number> = { full: 0, incremental: 0, unchanged: 0 };
  let doc = structuredClone(start);
  const history = [doc];
  for (let i = 0; i <= steps; i++) {
    if (i > 0) {
      doc = edit(doc, r, history);
      history.push(doc);
    }
    const got = a.analyze(doc);
    expect(got, `seed ${seed}, step ${i} (${a.lastPass?.mode}${a.lastPass?.why ? `: ${a.lastPass.why}` : ''})`).toStrictEqual(analyze(doc, options));
    modes[a.lastPass!.mode]!++;
  }
  return modes;
}

describe('createAnalyzer: the same analysis as analyze() at every step of random edits', () => {
  const plans: [string, () => DocumentModel, AnalyzeOptions][] = [
    ['clean plain plan, catalogue', () => buildCleanPlanModel({ agencyKind: 'province', size: SIZE }), { catalog: sampleCatalog.entries }],
    ['clean structured plan', () => buildCleanPlanModel({ agencyKind: 'central', size: SIZE, form: 'structured' }), {}],
    [
      'structured plan, pane rules, agency signed in',
      () => buildCleanPlanModel({ agencyKind: 'province', size: SIZE, form: 'structured' }),
      { rules: allRules.filter((x) => !x.id.startsWith('format-page') && x.id !== 'format-margins'), agencyCode: 'HNI', catalog: sampleCatalog.entries },
    ],
    ['hand-typed plan (no heading styles)', () => buildHandTypedPlanModel({ agencyKind: 'province', size: SIZE }), {}],
    [
      'plan with defects',
      () =>
        buildCleanPlanModel({
          agencyKind: 'province',
          size: SIZE,
          mutations: [
            { kind: 'placeholder', section: 'P2.V' },
            { kind: 'guidanceVerbatim', section: 'P2.IV' },
            { kind: 'emptyItem', section: 'P1.II.3', part: 'shortcomings' },
            { kind: 'dropSection', section: 'P2.VI' },
          ],
        }),
      { agencyKind: 'province' },
    ],
  ];

  it.each(plans)('%s', (_name, build, options) => {
    const doc = build();
    const total: Record<string, number> = { full: 0, incremental: 0, unchanged: 0 };
    for (const seed of [1, 2, 3]) for (const [m, n] of Object.entries(check(doc, options, seed, 25))) total[m]! += n;
    // Not vacuous: most edits are body text edits, which the analyzer does incrementally.
    expect(total.incremental).toBeGreaterThanOrEqual(10);
    expect(total.full).toBeGreaterThan(3);
  });

  const corpus = corpusDocs();
  it.runIf(corpus.length > 0)('real .docx files (../shared/corpus/real-docx)', () => {
    let incremental = 0;
    corpus.forEach(([, doc], i) => (incremental += check(doc, { catalog: sampleCatalog.entries }, 100 + i, 8).incremental ?? 0));
    expect(incremental).toBeGreaterThan(0);
  });
});

describe('isPlainBodyText', () => {
  const p = (text: string, more: Partial<Paragraph> = {}): Paragraph => ({ kind: 'paragraph', id: 'p', inlines: [{ kind: 'run', text }], ...more });
  it('takes ordinary sentences', () => {
    expect(isPlainBodyText(p('Triển khai hạ tầng số đến cấp xã.'))).toBe(true);
    expect(isPlainBodyText(p('Các sở, ngành rà soát.'))).toBe(true);
  });
  it('refuses what could be a heading or the closing block', () => {
    for (const t of ['III. NHIỆM VỤ', '2. Mục tiêu', 'Phần thứ hai', 'PHẦN I', 'Nơi nhận:', 'I- Mục tiêu']) expect(isPlainBodyText(p(t)), t).toBe(false);
    expect(isPlainBodyText(p('Mục tiêu', { styleId: 'Heading1' }))).toBe(false);
    expect(isPlainBodyText(p('Mục tiêu', { numbering: { numId: '1', level: 0, label: 'a)' } as Paragraph['numbering'] }))).toBe(false);
    expect(isPlainBodyText({ kind: 'paragraph', id: 'p', inlines: [{ kind: 'run', text: 'Mục tiêu', props: { bold: true } }] })).toBe(false);
  });
});
