import type { DocumentModel } from '@cds/model';
import type { Template } from '@cds/template';
import { hasSectionControls } from './flatten.js';
import type { Outline } from './outline.js';
import { recognizePlain } from './recognize-plain.js';
import { recognizeStructured } from './recognize-structured.js';

/**
 * Where each template section is in a document. Structured documents (with our
 * `cds:section:*` controls) are read from their tags; plain ones from their
 * headings (any case, NFC/NFD, with or without diacritics, typed or automatic
 * numbering, "III." / "III-" / "3.", small wording differences). Pure.
 */
export function recognize(doc: DocumentModel, template: Template): Outline {
  return hasSectionControls(doc.body) ? recognizeStructured(doc, template) : recognizePlain(doc, template);
}
