import type { Paragraph } from '@cds/model';
import { errors } from '../errors.js';
import { paragraphText } from '../doc/text.js';
import type { HostState } from '../runtime/state.js';

/** `Word.AnnotationSet` as the add-in passes it. */
export interface AnnotationSetArg {
  critiques: { start: number; length: number; colorScheme: string; popupOptions?: unknown }[];
}

/**
 * Paragraph.insertAnnotations (WordApi 1.7): critiques live beside the document and are
 * never written into the file. Returns the new annotation ids.
 */
export function insertAnnotations(host: HostState, p: Paragraph, set: AnnotationSetArg): string[] {
  const len = paragraphText(p).length;
  const ids: string[] = [];
  for (const c of set.critiques ?? []) {
    if (c.start < 0 || c.length < 0 || c.start + c.length > len) throw errors.invalidArgument('critique outside the paragraph');
    const id = `{A${(host.annotations.size + 1).toString().padStart(7, '0')}-0000-4000-8000-000000000000}`;
    host.annotations.set(id, { id, paragraph: p, critique: { start: c.start, length: c.length, colorScheme: c.colorScheme }, state: 'Created' });
    ids.push(id);
  }
  return ids;
}
