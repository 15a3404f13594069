import type { Alignment, DocumentModel, PageSetup } from '@cds/model';
import { runContent } from './runs.js';
import { escAttr, W_NS, XML_HEAD } from './xml.js';

const JC: Record<Alignment, string> = { left: 'left', center: 'center', right: 'right', justify: 'both', distribute: 'distribute' };

/** A header or footer part to add, deduplicated by content. */
export interface StoryPart {
  kind: 'header' | 'footer';
  path: string;
  relId: string;
  xml: string;
}

/**
 * Header/footer parts and the references each section's sectPr needs. Every
 * section names its own parts explicitly (nothing is inherited), so reading the
 * file back gives each section exactly what the model says.
 */
export class HeaderWriter {
  readonly parts: StoryPart[] = [];
  private readonly byXml = new Map<string, StoryPart>();

  constructor(private readonly doc: DocumentModel) {}

  /** `w:headerReference`/`w:footerReference` elements for one section ('' when the document has none). */
  references(s: PageSetup): string {
    const text = this.doc.headerText ?? [];
    if (!text.length && !this.doc.sections.some((x) => x.pageNumber)) return '';
    let refs = '';
    for (const kind of ['header', 'footer'] as const) {
      const page = s.pageNumber?.in === kind ? s.pageNumber : undefined;
      const lines = kind === 'header' ? text : [];
      refs += this.ref(kind, 'default', lines, page?.alignment ?? (page ? 'center' : undefined));
      if (s.differentFirstPage) refs += this.ref(kind, 'first', lines, page?.onFirstPage ? (page.alignment ?? 'center') : undefined);
    }
    return refs;
  }

  private ref(kind: 'header' | 'footer', type: string, lines: string[], pageAlign: Alignment | undefined): string {
    let body = lines.map((l) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${runContent(l)}</w:r></w:p>`).join('');
    if (pageAlign)
      body +=
        `<w:p><w:pPr><w:jc w:val="${JC[pageAlign]}"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    if (!body) body = '<w:p/>';
    const tagName = kind === 'header' ? 'w:hdr' : 'w:ftr';
    const xml = `${XML_HEAD}<${tagName} ${W_NS}>${body}</${tagName}>`;
    let part = this.byXml.get(xml);
    if (!part) {
      const n = this.parts.length + 1;
      part = { kind, path: `word/${kind}${n}.xml`, relId: `rIdH${n}`, xml };
      this.parts.push(part);
      this.byXml.set(xml, part);
    }
    return `<w:${kind}Reference w:type="${type}" r:id="${escAttr(part.relId)}"/>`;
  }
}
