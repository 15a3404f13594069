import { readFile } from 'node:fs/promises';
import { readDocx, DocxError } from '@cds/docx';
import type { DocumentModel } from '@cds/model';
import { parseCatalog } from '@cds/catalog';
import type { CatalogEntry } from '@cds/plan';
import { cliMessages as m } from './messages.vi.js';

/** A failure that ends the command with a message on stderr and the given exit code. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Reads and parses a .docx; every way it can fail becomes exit code 2 with a clear message. */
export async function loadDocument(file: string): Promise<DocumentModel> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'tệp không tồn tại.' : code === 'EISDIR' ? 'đây là một thư mục.' : (e as Error).message;
    throw new CliFailure(m.cannotOpen(file, reason), 2);
  }
  try {
    return await readDocx(bytes);
  } catch (e) {
    if (e instanceof DocxError) throw new CliFailure(m.notDocx(file, e.message), 2);
    throw e;
  }
}

/** Loads a catalogue file (.csv or .json); problems are listed line by line. */
export async function loadCatalog(file: string): Promise<CatalogEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CliFailure(m.cannotOpen(file, (e as Error).message), 2);
  }
  const result = parseCatalog(text, file.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  if (!result.ok) throw new CliFailure([m.catalogUnreadable(file), ...result.problems.map((p) => `  - ${p.message}`)].join('\n'), 2);
  return result.entries;
}
