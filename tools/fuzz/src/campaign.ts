import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@cds/test-support';
import { FAILURES, verdict, type Limits, type Verdict } from './classify.js';
import { runCli, type CliRun } from './cli-check.js';
import { loadBases, makeInput, type FuzzInput } from './inputs.js';
import { MUTATION_CLASSES, type MutationClass } from './mutators/index.js';
import { Runner, type RunResult } from './runner.js';

export interface CampaignOptions {
  seed: number;
  count: number;
  jobs: number;
  limits: Limits;
  /** Run the CLI on every n-th input (0 = never). */
  cliEvery: number;
  /** Where failing inputs are saved, one folder per verdict. */
  outDir: string;
  log?: (line: string) => void;
}

export interface ClassRow {
  inputs: number;
  ok: number;
  refused: number;
  crash: number;
  hang: number;
  memory: number;
  unstorable: number;
  'dtd-accepted': number;
  maxCpuMs: number;
  sumCpuMs: number;
  maxGrowthMb: number;
}

export interface Failure {
  index: number;
  verdict: Verdict;
  cls: MutationClass;
  base: string;
  mutators: string[];
  file: string;
  detail: string;
}

export interface CampaignReport {
  seed: number;
  count: number;
  byClass: Record<MutationClass, ClassRow>;
  failures: Failure[];
  /** The inputs that took the most CPU time, slowest first (SLOWEST of them). */
  slowest: { index: number; cls: MutationClass; base: string; mutators: string[]; cpuMs: number }[];
  cli: { runs: number; exit0: number; exit2: number; other: number; stackTraces: number; bad: { index: number; exit: number | null }[] };
  seconds: number;
}

const emptyRow = (): ClassRow => ({
  inputs: 0,
  ok: 0,
  refused: 0,
  crash: 0,
  hang: 0,
  memory: 0,
  unstorable: 0,
  'dtd-accepted': 0,
  maxCpuMs: 0,
  sumCpuMs: 0,
  maxGrowthMb: 0,
});

/** Runs a campaign: `count` inputs from `seed`, each through readDocx → analyze() in a worker. */
export async function runCampaign(o: CampaignOptions): Promise<CampaignReport> {
  const t0 = performance.now();
  const log = o.log ?? (() => {});
  const bases = loadBases();
  log(`${bases.length} bases (${bases.filter((b) => b.name.startsWith('corpus/')).length} corpus files, the rest generated plans)`);
  // The time limit is on CPU time, which the other programs sharing the machine's two cores
  // do not inflate; 60 s of wall time is the backstop for a worker that gets no CPU at all.
  const runner = new Runner({ cpuLimitMs: o.limits.timeMs, timeoutMs: 60_000, heapCeilingMb: 2048, recycleAboveMb: 192 }, o.jobs);
  const report: CampaignReport = {
    seed: o.seed,
    count: o.count,
    failures: [],
    slowest: [],
    seconds: 0,
    byClass: Object.fromEntries(MUTATION_CLASSES.map((c) => [c, emptyRow()])) as Record<MutationClass, ClassRow>,
    cli: { runs: 0, exit0: 0, exit2: 0, other: 0, stackTraces: 0, bad: [] },
  };
  const cliSample: FuzzInput[] = [];
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < o.count) {
      const input = makeInput(o.seed, next++, bases);
      let result = await runner.run(input.index, input.bytes);
      let v = verdict(input, result, o.limits);
      if (result.kind === 'died' || v === 'memory') {
        // Confirm in a fresh worker: a death or a growth over the limit is then the input's own.
        const again = await runner.confirm(input.index, input.bytes, 60_000);
        result = again;
        v = verdict(input, again, o.limits);
      }
      record(report, input, result, v, o.outDir);
      if (o.cliEvery > 0 && inCliSample(input.index, o.cliEvery)) cliSample.push(input);
      if (++done % 500 === 0) log(`${done}/${o.count} inputs, ${report.failures.length} failures`);
    }
  };
  try {
    await Promise.all(Array.from({ length: o.jobs }, lane));
  } finally {
    runner.close();
  }
  if (cliSample.length) {
    const dir = tempDir('fuzz-cli');
    try {
      for (const input of cliSample) recordCli(report, input, runCli(input.bytes, dir.path, `${input.index}.docx`));
    } finally {
      dir.remove();
    }
  }
  report.seconds = Math.round((performance.now() - t0) / 1000);
  return report;
}

/**
 * The inputs the CLI also runs: one in `every`, shifted by one each time so that
 * the sample takes the classes in turn (classes go round robin by index).
 */
export function inCliSample(index: number, every: number): boolean {
  return index % every === Math.floor(index / every) % MUTATION_CLASSES.length;
}

/** Runs the CLI on the sample of a campaign's inputs alone (`--cli-only`). */
export function runCliSample(seed: number, count: number, every: number): CampaignReport['cli'] {
  const bases = loadBases();
  const report = { cli: { runs: 0, exit0: 0, exit2: 0, other: 0, stackTraces: 0, bad: [] } } as unknown as CampaignReport;
  const dir = tempDir('fuzz-cli');
  try {
    for (let i = 0; i < count; i++) {
      if (!inCliSample(i, every)) continue;
      const input = makeInput(seed, i, bases);
      recordCli(report, input, runCli(input.bytes, dir.path, `${i}.docx`));
    }
  } finally {
    dir.remove();
  }
  return report.cli;
}

const SLOWEST = 5;

function noteSlow(report: CampaignReport, input: FuzzInput, cpuMs: number): void {
  const list = report.slowest;
  if (list.length === SLOWEST && cpuMs <= list[SLOWEST - 1]!.cpuMs) return;
  list.push({ index: input.index, cls: input.cls, base: input.base, mutators: input.mutators, cpuMs: Math.round(cpuMs) });
  list.sort((a, b) => b.cpuMs - a.cpuMs);
  list.length = Math.min(list.length, SLOWEST);
}

function record(report: CampaignReport, input: FuzzInput, r: RunResult, v: Verdict, outDir: string): void {
  const row = report.byClass[input.cls];
  row.inputs++;
  row[v]++;
  if (r.kind === 'reply') {
    row.maxCpuMs = Math.max(row.maxCpuMs, Math.round(r.cpuMs));
    row.sumCpuMs += Math.round(r.cpuMs);
    row.maxGrowthMb = Math.max(row.maxGrowthMb, Math.round(r.growthMb));
    noteSlow(report, input, r.cpuMs);
  } else if (r.kind === 'hang') noteSlow(report, input, r.cpuMs);
  if (!FAILURES.includes(v)) return;
  const dir = join(outDir, v);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${input.index}-${input.cls}-${input.mutators.join('+')}.docx`);
  writeFileSync(file, input.bytes);
  const detail =
    r.kind === 'reply'
      ? r.outcome === 'crash'
        ? `${r.stage}: ${r.error}\n${r.stack}`
        : `cpu ${Math.round(r.cpuMs)} ms, growth ${Math.round(r.growthMb)} MB, outcome ${r.outcome}`
      : r.kind === 'hang'
        ? `killed after ${Math.round(r.cpuMs)} ms of CPU (${Math.round(r.wallMs)} ms wall)`
        : `worker died (${r.signal ?? r.code}): ${r.stderr.slice(-400)}`;
  writeFileSync(`${file}.txt`, `${input.base} ${input.mutators.join(' + ')}\n${detail}\n`);
  report.failures.push({ index: input.index, verdict: v, cls: input.cls, base: input.base, mutators: input.mutators, file, detail: detail.split('\n')[0]! });
}

function recordCli(report: CampaignReport, input: FuzzInput, run: CliRun): void {
  const c = report.cli;
  c.runs++;
  if (run.exit === 0) c.exit0++;
  else if (run.exit === 2) c.exit2++;
  else c.other++;
  if (run.stackTrace) c.stackTraces++;
  if ((run.exit !== 0 && run.exit !== 2) || run.stackTrace) c.bad.push({ index: input.index, exit: run.exit });
}

/** The report as a Markdown table, the way it goes into notes. */
export function formatReport(r: CampaignReport, limits: Limits): string {
  const cols = ['inputs', 'ok', 'refused', 'crash', 'hang', 'memory', 'unstorable', 'dtd-accepted', 'maxCpuMs', 'maxGrowthMb'] as const;
  const head = `| class | inputs | read | refused (DocxError) | crashes | hangs > ${limits.timeMs / 1000} s | memory > ${limits.growthMb} MB | unstorable text | DOCTYPE accepted | max CPU ms | max growth MB | mean CPU ms |`;
  const lines = [head, `|${'---|'.repeat(cols.length + 2)}`];
  const total = emptyRow();
  for (const c of MUTATION_CLASSES) {
    const row = r.byClass[c];
    const mean = (x: ClassRow): number => Math.round(x.sumCpuMs / Math.max(1, x.inputs));
    lines.push(`| ${c} | ${cols.map((k) => row[k]).join(' | ')} | ${mean(row)} |`);
    for (const k of [...cols, 'sumCpuMs'] as const) total[k] = k.startsWith('max') ? Math.max(total[k], row[k]) : total[k] + row[k];
  }
  lines.push(`| **all** | ${cols.map((k) => total[k]).join(' | ')} | ${Math.round(total.sumCpuMs / Math.max(1, total.inputs))} |`);
  const c = r.cli;
  lines.push(
    '',
    `CLI (\`tsx tools/cli/src/main.ts validate FILE --json\`) on ${c.runs} inputs: exit 0 ×${c.exit0}, exit 2 ×${c.exit2}, other ×${c.other}, stack traces ×${c.stackTraces}.`,
  );
  lines.push(
    `Seed ${r.seed}, ${r.count} inputs in ${r.seconds} s (two workers). Time is CPU time per input; growth is peak resident memory over the size before the input.`,
  );
  if (r.slowest.length) lines.push(`Slowest: ${r.slowest.map((x) => `#${x.index} ${x.cls} ${x.mutators.join('+')} on ${x.base} ${x.cpuMs} ms`).join('; ')}.`);
  for (const f of r.failures.slice(0, 40)) lines.push(`- ${f.verdict} #${f.index} ${f.cls} ${f.mutators.join('+')} on ${f.base}: ${f.detail}`);
  return lines.join('\n');
}
