/**
 * Core benchmark (issue 2): a generated ~150-page plan (≈3,000 paragraphs, 200
 * indicators, 500 task rows). Figures are medians measured in one run, and the
 * comparison with mammoth is a ratio from the same run, so a noisy machine
 * affects both sides alike.
 */
import { availableParallelism, loadavg } from 'node:os';
import mammoth from 'mammoth';
import { paragraphs, paragraphText, type DocumentModel, type Run } from '@cds/model';
import { readDocx, writeDocx } from '@cds/docx';
import { readDocxTree } from '@cds/docx/testing/tree';
import { getTemplate } from '@cds/template';
import { recognize, extract } from '@cds/plan';
import { analyze, createAnalyzer, isPlainBodyText, runRules, type AnalyzerPass } from '@cds/rules';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { measure, ms } from './measure.js';

/** Times each function in turn (a, b, c, a, b, c…) so that load from other processes falls on all alike; their medians. */
async function alternate(fns: (() => unknown)[], runs = 9): Promise<number[]> {
  for (const f of fns) await f();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++)
    for (const [k, f] of fns.entries()) {
      const start = performance.now();
      await f();
      times[k]!.push(performance.now() - start);
    }
  return times.map((xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!);
}

const model = buildCleanPlanModel({ agencyKind: 'province', size: LARGE_PLAN_SIZE });
const bytes = writeDocx(model);
const doc = readDocx(bytes);
const template = getTemplate();
const outline = recognize(doc, template);
const plan = extract(doc, outline, template);
const paragraphCount = [...paragraphs(doc.body)].length;

console.log(
  `Kế hoạch mẫu lớn: ${paragraphCount} đoạn, ${plan.indicators.length} chỉ tiêu, ${plan.tasks.length} dòng nhiệm vụ, ${(bytes.length / 1024).toFixed(0)} KB .docx`,
);

// A fresh context each run: the rules' paragraph index is memoised per context.
const rules = await measure(() => runRules({ doc, template, outline, plan, agencyKind: 'province', catalog: null }));
const analyzeModel = await measure(() => analyze(doc, {}));
const readOnly = await measure(() => readDocx(bytes));
const readTree = await measure(() => readDocxTree(bytes));
const buffer = Buffer.from(bytes);
// Ours (the stream reader), the tree reader it replaced (issue 15) and mammoth, timed in turn.
const [ours, tree, mammothRaw] = await alternate([
  () => analyze(readDocx(bytes), {}),
  () => analyze(readDocxTree(bytes), {}),
  () => mammoth.extractRawText({ buffer }),
]);

console.log(`rules over the model (runRules):             median ${ms(rules.median)}`);
console.log(`recognize + extract + rules (analyze):       median ${ms(analyzeModel.median)}`);
console.log(`.docx read alone (readDocx, stream reader):  median ${ms(readOnly.median)}`);
console.log(`.docx read alone (tree reader, before):      median ${ms(readTree.median)}`);
console.log(`.docx read + extract + validate:             median ${ms(ours!)}`);
console.log(`the same with the tree reader (before):      median ${ms(tree!)}`);
console.log(`mammoth.extractRawText on the same file:     median ${ms(mammothRaw!)}  (timed in turn with both)`);
console.log(`ratio mammoth / ours (goal ≥ 10):            ${(mammothRaw! / ours!).toFixed(2)}x  (tree reader: ${(mammothRaw! / tree!).toFixed(2)}x)`);

// Incremental analysis (issue 12): createAnalyzer over successive readings of the same
// plan, as live validation gets them (a new model each time). "After a one-paragraph
// edit": each reading has one more word typed into one body paragraph than the last.
// Goals: a full pass ≤ 20 ms, a pass after a one-paragraph edit ≤ 5 ms.
const typedInto = [...paragraphs(doc.body)].filter((x) => !x.table && isPlainBodyText(x.paragraph) && paragraphText(x.paragraph).length > 40)[50]!.paragraph.id;
const readings: DocumentModel[] = [];
for (let i = 0, last = doc; i < 21; i++) {
  const next = structuredClone(last);
  const p = [...paragraphs(next.body)].find((x) => x.paragraph.id === typedInto)!.paragraph;
  (p.inlines.find((x) => x.kind === 'run') as Run).text += ` thêm${i}`;
  readings.push((last = next));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const passes = (a: ReturnType<typeof createAnalyzer>, docs: DocumentModel[]) =>
  docs.map((d) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    a.analyze(d);
    const total = performance.now() - start;
    const used = process.cpuUsage(cpu);
    // CPU time of the process (its GC threads included): what the load of other processes does not add to.
    return { total, cpu: (used.user + used.system) / 1000, pass: a.lastPass! };
  });
const breakdown = (xs: { pass: AnalyzerPass }[]) =>
  (['diff', 'extract', 'index', 'rules', 'conclude'] as const).map((k) => `${k} ${median(xs.map((x) => x.pass.ms[k])).toFixed(1)}`).join(', ');
// A new analyzer for each: every one of these is a first, full pass.
const cold = readings.slice(0, 9).map((r) => passes(createAnalyzer(), [structuredClone(r)])[0]!);
// Typing, as the pane sees it: one reading after another, nothing else running in between.
const live = createAnalyzer();
live.analyze(readings[0]!);
const edits = passes(live, readings.slice(1));
// The same edits again (a second analyzer), each pass in turn with analyze() over a copy of the same reading,
// so the machine's load falls on both alike: the ratio is the figure to compare across machines.
const paired = createAnalyzer();
paired.analyze(structuredClone(readings[0]!));
const copies = readings.map((r) => [structuredClone(r), structuredClone(r)] as const);
const inTurn: number[] = [];
const whole: number[] = [];
for (let i = 1; i < readings.length; i++) {
  let start = performance.now();
  analyze(copies[i]![0], {});
  whole.push(performance.now() - start);
  start = performance.now();
  paired.analyze(copies[i]![1]);
  inTurn.push(performance.now() - start);
}
const same = passes(live, [structuredClone(readings[readings.length - 1]!)]);
const modes = [...new Set(edits.map((x) => x.pass.mode))].join('/');
const editMs = median(edits.map((x) => x.total));
const core = (x: { pass: AnalyzerPass }) => x.pass.ms.extract + x.pass.ms.index + x.pass.ms.rules + x.pass.ms.conclude;
console.log(
  `createAnalyzer, first (full) pass:             median ${ms(median(cold.map((x) => x.total)))}, CPU ${ms(median(cold.map((x) => x.cpu)))}  (goal ≤ 20 ms; ${breakdown(cold)})`,
);
console.log(
  `createAnalyzer, after a one-paragraph edit:    median ${ms(editMs)}, CPU ${ms(median(edits.map((x) => x.cpu)))}  (goal ≤ 5 ms; ${modes}, ${edits[0]!.pass.rulesRun} of 36 rules run; ${breakdown(edits)})`,
);
console.log(`  of which the rules' side (all but the diff):  median ${ms(median(edits.map(core)))}`);
console.log(
  `in turn with analyze() on the same readings:   edit pass median ${ms(median(inTurn))}, analyze() median ${ms(median(whole))}: ${(median(whole) / median(inTurn)).toFixed(1)}x`,
);
console.log(`createAnalyzer, the same document again:      ${ms(same[0]!.total)}  (the comparison with the last reading)`);
console.log(`load average while measuring: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
