/// <reference types="office-js" />
/**
 * A document built through the API opens in LibreOffice: the saved .docx is converted
 * to text (same paragraphs as the API wrote) and to PDF, and page 1 to PNG, in a
 * temporary folder removed afterwards (WORD_HOST_KEEP_RENDER=1 keeps it for a person to look at).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { editedDocument, fileBytes, SECTIONS } from './testing/edited.js';

function soffice(file: string, filter: string, OUT: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-word-host-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', OUT, file], {
      stdio: 'pipe',
      timeout: 240_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('LibreOffice opens the saved document', () => {
  it('renders the API-built plan: every inserted text is there, and page 1 becomes a non-empty PNG', async () => {
    expect(spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status).toBe(0);
    const { host } = await editedDocument();
    const { bytes } = await fileBytes(host);
    const OUT = mkdtempSync(join(tmpdir(), 'word-host-render-'));
    if (!process.env.WORD_HOST_KEEP_RENDER) onTestFinished(() => rmSync(OUT, { recursive: true, force: true }));
    const docx = join(OUT, 'plan.docx');
    writeFileSync(docx, bytes);

    soffice(docx, 'txt:Text (encoded):UTF8', OUT);
    const text = readFileSync(join(OUT, 'plan.txt'), 'utf8');
    for (const s of SECTIONS) {
      expect(text).toContain(s.heading);
      for (const p of s.paragraphs) expect(text).toContain(p);
    }
    expect(text).toContain('Dịch vụ công toàn trình');

    soffice(docx, 'pdf', OUT);
    const pdf = join(OUT, 'plan.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, join(OUT, 'page')], { timeout: 60_000 });
    const png = [join(OUT, 'page-1.png'), join(OUT, 'page-01.png')].find(existsSync)!;
    expect(statSync(png).size).toBeGreaterThan(10_000);
  }, 300_000); // two LibreOffice starts on a shared machine
});
