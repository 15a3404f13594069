/**
 * `npm run fuzz [-- --seed N --count N --jobs N --cli-every N --out DIR]`: the
 * reader and analyze() under mutated inputs (see README.md). Exits 1 when any
 * input crashed, hung, blew up memory, leaked unstorable text or got a DOCTYPE
 * past the reader, or when the CLI exited other than 0 or 2 or printed a stack.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, runCampaign, runCliSample } from './campaign.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '10000' },
    jobs: { type: 'string', default: '2' },
    'cli-every': { type: 'string', default: '100' },
    'time-ms': { type: 'string', default: '2000' },
    'memory-mb': { type: 'string', default: '256' },
    out: { type: 'string', default: resolve(import.meta.dirname, '../out') },
    'cli-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`npm run fuzz -- [options]   the reader and analyze() under mutated .docx inputs (tools/fuzz/README.md)

  --seed N         campaign seed; input i of seed s is a function of (s, i) alone   (default 1)
  --count N        number of inputs                                                  (default 10000)
  --jobs N         worker processes                                                  (default 2)
  --cli-every N    run the CLI on every Nth input (0 or 2, no stack trace)           (default 100)
  --time-ms N      CPU time limit per input, in ms                                   (default 2000)
  --memory-mb N    memory growth limit per input, in MB                              (default 256)
  --out DIR        where failing inputs and report.md/report.json go                 (default tools/fuzz/out)
  --cli-only       run the CLI sample alone
  -h, --help       this text

Exit code 1 when any input crashed, hung, blew up memory, leaked unstorable text or got a DOCTYPE past the reader.`);
  process.exit(0);
}

if (values['cli-only']) {
  const cli = runCliSample(Number(values.seed), Number(values.count), Number(values['cli-every']));
  console.log(`CLI on ${cli.runs} inputs: exit 0 ×${cli.exit0}, exit 2 ×${cli.exit2}, other ×${cli.other}, stack traces ×${cli.stackTraces}`, cli.bad);
  process.exit(cli.bad.length ? 1 : 0);
}

const limits = { timeMs: Number(values['time-ms']), growthMb: Number(values['memory-mb']) };
const outDir = join(values.out!, `seed-${values.seed}`);
mkdirSync(outDir, { recursive: true });
const report = await runCampaign({
  seed: Number(values.seed),
  count: Number(values.count),
  jobs: Number(values.jobs),
  cliEvery: Number(values['cli-every']),
  limits,
  outDir,
  log: (l) => console.error(l),
});
const table = formatReport(report, limits);
writeFileSync(join(outDir, 'report.json'), JSON.stringify(report, null, 2));
writeFileSync(join(outDir, 'report.md'), table + '\n');
console.log(table);
console.log(`\nFailing inputs and the report: ${outDir}`);
const failed = report.failures.length > 0 || report.cli.bad.length > 0;
process.exit(failed ? 1 : 0);
