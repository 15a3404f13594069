import type { DocumentModel } from '@cds/model';
import type { Template } from '@cds/template';
import { flattenBody, hasSectionControls } from './flatten.js';
import type { Outline, OutlineSection } from './outline.js';
import { recognizePlain } from './recognize-plain.js';
import { recognizeStructured } from './recognize-structured.js';

/**
 * Where each template section is in a document. Structured documents (with our
 * `cds:section:*` controls) are read from their tags; plain ones from their
 * headings (any case, NFC/NFD, with or without diacritics, typed or automatic
 * numbering, "III." / "III-" / "3.", small wording differences). Pure.
 *
 * In a structured document, a section whose control was removed but whose heading
 * is still there (Word's "Remove content control", a pasted section) is found from
 * its heading and merged in, so it is not reported missing.
 */
export function recognize(doc: DocumentModel, template: Template): Outline {
  if (!hasSectionControls(doc.body)) return recognizePlain(doc, template);
  const structured = recognizeStructured(doc, template);
  const byControl = new Set(structured.sections.map((s) => s.id));
  const plain = recognizePlain(doc, template);
  const extra = plain.sections.filter((s) => !byControl.has(s.id));
  if (extra.length === 0) return structured;
  return { ...structured, sections: merge(doc, structured.sections, extra) };
}

/** Adds heading-found sections to control-found ones, in document order; their blocks leave the control sections. */
function merge(doc: DocumentModel, controlled: OutlineSection[], extra: OutlineSection[]): OutlineSection[] {
  const order = new Map<string, number>();
  flattenBody(doc.body).forEach((u, i) => order.set(u.block.id, i));
  const taken = new Set(extra.flatMap((s) => [s.headingBlockId, ...s.contentBlockIds]));
  const kept = controlled.map((s) => ({ ...s, contentBlockIds: s.contentBlockIds.filter((id) => !taken.has(id)) }));
  const pos = (s: OutlineSection) => order.get(s.headingBlockId) ?? -1;
  return [...kept, ...extra].sort((a, b) => pos(a) - pos(b));
}
