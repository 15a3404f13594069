import { cleanText, displayText } from '@cds/model';
import type { Block, DocumentModel, Paragraph } from '@cds/model';
import { parseTag, sectionById } from '@cds/template';
import type { Template } from '@cds/template';
import type { Outline, OutlineSection, UnknownHeading } from './outline.js';

function firstParagraph(blocks: readonly Block[]): Paragraph | undefined {
  for (const b of blocks) {
    if (b.kind === 'paragraph') return b;
    if (b.kind === 'blockControl') {
      const p = firstParagraph(b.children);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * Recognises a structured document (made or adopted by the add-in) from its
 * `cds:section:<id>` controls. A section's heading is the first paragraph of its
 * control; its content is everything else in the control except nested sections.
 * Section tags naming no template section are reported as unknown headings.
 */
export function recognizeStructured(doc: DocumentModel, t: Template): Outline {
  const sections: OutlineSection[] = [];
  const unknownHeadings: UnknownHeading[] = [];

  const visit = (blocks: readonly Block[], owner: OutlineSection | null, heading: Paragraph | undefined): void => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') {
        if (b !== heading) owner?.contentBlockIds.push(b.id);
      } else if (b.kind === 'table') {
        owner?.contentBlockIds.push(b.id);
      } else {
        const tag = parseTag(b.cc.tag);
        if (tag?.kind !== 'section') {
          visit(b.children, owner, heading);
          continue;
        }
        const head = firstParagraph(b.children);
        const headingText = head ? cleanText(displayText(head)) : (b.cc.title ?? '');
        if (!sectionById(t, tag.section)) {
          unknownHeadings.push({ blockId: head?.id ?? b.id, text: headingText || tag.section });
          visit(b.children, owner, head);
          continue;
        }
        const section: OutlineSection = {
          id: tag.section,
          headingBlockId: head?.id ?? b.id,
          headingText,
          controlId: b.id,
          via: 'control',
          foundUnder: owner?.id ?? null,
          contentBlockIds: [],
        };
        sections.push(section);
        visit(b.children, section, head);
      }
    }
  };
  visit(doc.body, null, undefined);
  return { templateVersion: t.version, sections, unknownHeadings, structured: true };
}
