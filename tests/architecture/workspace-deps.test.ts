import { execFileSync } from 'node:child_process';
import { repoRoot } from '@cds/test-support';
import { describe, expect, it } from 'vitest';

/**
 * Nx draws the project graph from the sources and npm links what package.json
 * declares: the two must agree, or `nx affected` misses a project. The script that
 * writes the declarations checks them here.
 */
describe('workspace dependencies', () => {
  it('are declared in each package.json exactly as the sources import them', () => {
    const run = () => execFileSync(process.execPath, ['tools/scripts/sync-workspace-deps.mjs', '--check'], { cwd: repoRoot, stdio: 'pipe' });
    expect(run).not.toThrow();
  });
});
