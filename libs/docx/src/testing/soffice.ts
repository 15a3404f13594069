/**
 * Test helper: LibreOffice headless conversions with a private profile and a
 * timeout. Tests using it skip only when `soffice` is not installed at all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentModel } from '@cds/model';
import { paragraphs } from '@cds/model';
import { docxText } from '../text.js';

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
      [`-env:UserInstallation=file://${profile}/user`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files],
      // Its own temporary files go inside the profile folder, removed below.
      { stdio: 'pipe', timeout: timeoutMs, env: { ...process.env, TMPDIR: profile } },
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

/** Text exports already made in this process, by content hash. */
const memo = new Map<string, string>();

/**
 * LibreOffice's UTF-8 text export of each .docx, converting all files not yet
 * converted in one soffice run, in a temporary folder removed afterwards. Tests
 * leave nothing behind; set `CDS_LO_CACHE` to a folder of your own to keep the
 * exports between runs (by content hash).
 */
export function libreOfficeText(docs: Uint8Array[]): string[] {
  const cache = process.env.CDS_LO_CACHE;
  if (cache) mkdirSync(cache, { recursive: true });
  const keys = docs.map((d) => createHash('sha256').update(d).digest('hex').slice(0, 32));
  for (const k of keys) if (!memo.has(k) && cache && existsSync(join(cache, `${k}.txt`))) memo.set(k, readFileSync(join(cache, `${k}.txt`), 'utf8'));
  const missing = new Map(keys.map((k, i) => [k, docs[i]!] as const).filter(([k]) => !memo.has(k)));
  if (missing.size) {
    const work = mkdtempSync(join(tmpdir(), 'cds-docx-lo-in-'));
    try {
      const paths = [...missing].map(([k, d]) => {
        const p = join(work, `${k}.docx`);
        writeFileSync(p, d);
        return p;
      });
      soffice(paths, 'txt:Text (encoded):UTF8', work);
      for (const k of missing.keys()) {
        const text = readFileSync(join(work, `${k}.txt`), 'utf8');
        memo.set(k, text);
        if (cache) writeFileSync(join(cache, `${k}.txt`), text);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return keys.map((k) => memo.get(k)!);
}

/**
 * Our text as LibreOffice's text export should show it. The one documented
 * difference: LibreOffice writes every bullet as "•" (U+2022) whatever glyph the
 * list uses (▪, ➢, o, -), where we keep the glyph Word shows.
 */
export function textForLibreOffice(doc: DocumentModel): string[] {
  const copy = structuredClone(doc);
  for (const { paragraph } of paragraphs(copy.body)) if (paragraph.numbering?.format === 'bullet') paragraph.numbering.label = '•';
  return normaliseLines(docxText(copy));
}
