/**
 * Test helper: LibreOffice headless conversions with a private profile and a
 * timeout. Tests using it skip only when `soffice` is not installed at all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when a `soffice` binary can be run. */
export const hasSoffice: boolean = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;

/**
 * Converts files with one soffice start (it is slow to start). `filter` is e.g.
 * `pdf`, `txt:Text (encoded):UTF8`, `docx:MS Word 2007 XML`. Output goes to `outDir`.
 */
export function soffice(files: string[], filter: string, outDir: string, timeoutMs = 240_000): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-docx-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: timeoutMs },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** LibreOffice text export lines: BOM dropped, whitespace folded per line, empty lines removed. */
export function normaliseLines(text: string | string[]): string[] {
  const lines = Array.isArray(text) ? text : text.replace(/^\ufeff/, '').split(/\r?\n/);
  return lines.map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter((l) => l !== '');
}
