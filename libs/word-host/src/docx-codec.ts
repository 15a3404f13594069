import { readDocx, readFlatOpc, writeDocx, writeFlatOpc } from '@cds/docx';
import { createWordHostCore, type DocxCodec, type WordHost, type WordHostOptions } from './host.js';

/** The foundation's .docx reader and writer. */
export const docxCodec: DocxCodec = {
  read: (bytes) => readDocx(bytes),
  write: (doc) => writeDocx(doc),
  readOoxml: (xml) => readFlatOpc(xml),
  writeOoxml: (doc) => writeFlatOpc(doc),
};

/**
 * A Word host whose document opens from and saves to real .docx (via `@cds/docx`).
 * `getFileAsync(Office.FileType.Compressed)` returns `writeDocx` output in slices.
 */
export function createWordHost(options: WordHostOptions = {}): WordHost {
  return createWordHostCore({ codec: docxCodec, ...options });
}
