import type { PageSetup } from '@cds/model';
import { esc, escAttr, W_NS, XML_HEAD } from './xml.js';

const TWIPS_PER_MM = 1440 / 25.4;
const tw = (mm: number | undefined, dflt: number): number => Math.round((mm ?? dflt) * TWIPS_PER_MM);

/** Deterministic GUID-shaped ids (`{00000000-0000-4000-8000-00000000000n}`) so output is stable. */
export function guid(kind: number, n: number): string {
  return `{${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}}`;
}

/** A `w:sectPr`: references, page size (A4 unless said), margins in mm, title page. */
export function sectPrXml(s: PageSetup | undefined, refs: string): string {
  const w = tw(s?.widthMm, 210);
  const h = tw(s?.heightMm, 297);
  const m = s?.margins;
  const orient = s?.orientation === 'landscape' ? ' w:orient="landscape"' : '';
  return (
    `<w:sectPr>${refs}<w:pgSz w:w="${w}" w:h="${h}"${orient}/>` +
    `<w:pgMar w:top="${tw(m?.topMm, 20)}" w:right="${tw(m?.rightMm, 15)}" w:bottom="${tw(m?.bottomMm, 20)}" w:left="${tw(m?.leftMm, 30)}" ` +
    `w:header="${tw(m?.headerMm, 12.7)}" w:footer="${tw(m?.footerMm, 12.7)}" w:gutter="0"/>` +
    `<w:cols w:space="720"/>${s?.differentFirstPage ? '<w:titlePg/>' : ''}<w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}

export function settingsXml(): string {
  return (
    `${XML_HEAD}<w:settings ${W_NS}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
  );
}

/** The glossary document holding placeholder texts as docParts, named as `sdtPr` refers to them. */
export function glossaryXml(parts: ReadonlyMap<string, string>): string {
  let s = '';
  let n = 0;
  for (const [text, name] of parts)
    s +=
      `<w:docPart><w:docPartPr><w:name w:val="${escAttr(name)}"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category>` +
      `<w:types><w:type w:val="bbPlcHdr"/></w:types><w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="${guid(0xdc, ++n)}"/></w:docPartPr>` +
      `<w:docPartBody><w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p></w:docPartBody></w:docPart>`;
  return `${XML_HEAD}<w:glossaryDocument ${W_NS}><w:docParts>${s}</w:docParts></w:glossaryDocument>`;
}

/** docProps/custom.xml: the model's settings as string properties. */
export function customPropsXml(settings: Record<string, string>): string {
  let pid = 2;
  const props = Object.entries(settings)
    .map(([k, v]) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid++}" name="${escAttr(k)}"><vt:lpwstr>${esc(v)}</vt:lpwstr></property>`)
    .join('');
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`;
}

/** customXml/itemProps*.xml: the data-store item header Word expects beside each custom part. */
export function itemPropsXml(n: number, ns: string): string {
  const ref = /^[a-z][\w+.-]*:/i.test(ns) ? `<ds:schemaRef ds:uri="${escAttr(ns)}"/>` : '';
  return `${XML_HEAD}<ds:datastoreItem ds:itemID="${guid(0xc0, n)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>${ref}</ds:schemaRefs></ds:datastoreItem>`;
}
