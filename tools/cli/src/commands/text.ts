import { docxText } from '@cds/docx';
import type { CliArgs } from '../args.js';
import { loadDocument } from '../load.js';

/** `text`: the body text in reading order, one paragraph per line (PRODUCT.md). */
export async function textCommand(args: CliArgs, out: (s: string) => void): Promise<number> {
  const doc = await loadDocument(args.file);
  out(docxText(doc).join('\n'));
  return 0;
}
