/**
 * The command line as scripts use it: a real process, real exit codes, JSON on
 * stdout and messages on stderr (PRODUCT.md, "The command line contract").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '@cds/docx';
import { buildCleanPlanModel } from '@cds/plan/testing';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'cds-cli-proc-'));

function cli(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['tools/cli/src/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli as a process', () => {
  it('exits 0 on a clean plan, 1 with --strict on a broken one, 2 on a file that is not a .docx', () => {
    const clean = join(dir, 'clean.docx');
    writeFileSync(clean, writeDocx(buildCleanPlanModel({ agencyKind: 'central' })));
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, writeDocx(buildCleanPlanModel({ agencyKind: 'central', mutations: [{ kind: 'dropSection', section: 'P2.I' }] })));
    const fake = join(dir, 'fake.docx');
    writeFileSync(fake, '%PDF-1.4 not a docx');

    const ok = cli('validate', clean, '--json', '--strict');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);

    const bad = cli('validate', broken, '--json', '--strict');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).findings).toContainEqual(expect.objectContaining({ section: 'P2.I', severity: 'error' }));

    const unreadable = cli('validate', fake, '--json');
    expect(unreadable.code).toBe(2);
    expect(unreadable.stdout).toBe('');
    expect(unreadable.stderr).toMatch(/fake\.docx/);
  });
});
