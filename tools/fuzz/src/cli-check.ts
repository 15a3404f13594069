import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@cds/test-support';

export interface CliRun {
  exit: number | null;
  stackTrace: boolean;
  ms: number;
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$|node:internal|\bError: .*\n\s+at /m;

/** Runs `tsx tools/cli/src/main.ts validate FILE --json` on the input, as a user would. */
export function runCli(bytes: Uint8Array, dir: string, name: string): CliRun {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const t0 = performance.now();
  const r = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), ['tools/cli/src/main.ts', 'validate', file, '--json'], {
    cwd: repoRoot,
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  return { exit: r.status, stackTrace: STACK.test(r.stderr ?? '') || STACK.test(r.stdout ?? ''), ms: performance.now() - t0 };
}
