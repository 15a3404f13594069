import type { Block, DocumentModel, Paragraph } from '@cds/model';
import { paragraphs, tables } from '@cds/model';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { blocks, type SectionBreaks } from './blocks.js';
import type { WriteContext } from './context.js';
import { HeaderWriter } from './headers.js';
import { NumberingWriter } from './numbering.js';
import { contentTypesXml, relsXml, type RelOut } from './package.js';
import { customPropsXml, glossaryXml, itemPropsXml, sectPrXml, settingsXml } from './parts.js';
import { Styles } from '../read/styles.js';
import { parseXml, root } from '../read/xml.js';
import { stylesXml } from './styles.js';
import { W_NS, XML_HEAD } from './xml.js';

/**
 * Writes the model as a .docx that Word and LibreOffice open: document, styles
 * (Times New Roman, Heading1–4), real numbering, settings, headers/footers with a
 * PAGE field where the sections ask for one, one sectPr per section, tables with
 * merges, content controls at block, inline, row and cell level, custom XML parts,
 * and `settings` as custom document properties. Output is deterministic.
 */
export function writeDocx(doc: DocumentModel): Uint8Array {
  const paras: Paragraph[] = [...paragraphs(doc.body)].map((c) => c.paragraph);
  const styles = stylesXml(doc, paras, [...tables(doc.body)]);
  // The reader's own style resolution tells which direct formatting is redundant.
  const readStyles = new Styles(root(parseXml(styles.xml, 'styles.xml')), {});
  const numbering = new NumberingWriter(paras.filter((p) => p.numbering));
  const placeholders = new Map<string, string>();
  let sdtId = 0x10000;
  const ctx: WriteContext = {
    numbering,
    styleOutline: styles.outline,
    inherited: (id) => readStyles.paragraph(id),
    placeholder: (text) => {
      let name = placeholders.get(text);
      if (!name) placeholders.set(text, (name = `CdsPlaceholder${placeholders.size + 1}`));
      return name;
    },
    nextSdtId: () => sdtId++,
  };
  const headers = new HeaderWriter(doc);
  const sections = doc.sections.length ? doc.sections : [undefined];
  const breaks: SectionBreaks = new Map();
  sections.slice(0, -1).forEach((s) => {
    const b: Block | undefined = s?.endsAfterBlock !== undefined ? doc.body[s.endsAfterBlock] : undefined;
    if (b) breaks.set(b, sectPrXml(s, headers.references(s!)));
  });
  const last = sections[sections.length - 1];
  const body = blocks(doc.body, ctx, breaks) + sectPrXml(last, last ? headers.references(last) : '');
  const files: Record<string, string> = {
    'word/document.xml': `${XML_HEAD}<w:document ${W_NS}><w:body>${body}</w:body></w:document>`,
    'word/styles.xml': styles.xml,
    'word/settings.xml': settingsXml(),
  };
  const rels: RelOut[] = [
    { id: 'rIdStyles', type: 'styles', target: 'styles.xml' },
    { id: 'rIdSettings', type: 'settings', target: 'settings.xml' },
  ];
  if (numbering.xml) {
    files['word/numbering.xml'] = numbering.xml;
    rels.push({ id: 'rIdNumbering', type: 'numbering', target: 'numbering.xml' });
  }
  for (const p of headers.parts) {
    files[p.path] = p.xml;
    rels.push({ id: p.relId, type: p.kind, target: p.path.slice(5) });
  }
  if (placeholders.size) {
    files['word/glossary/document.xml'] = glossaryXml(placeholders);
    rels.push({ id: 'rIdGlossary', type: 'glossaryDocument', target: 'glossary/document.xml' });
  }
  Object.entries(doc.customParts ?? {}).forEach(([ns, xml], i) => {
    const n = i + 1;
    files[`customXml/item${n}.xml`] = xml;
    files[`customXml/itemProps${n}.xml`] = itemPropsXml(n, ns);
    files[`customXml/_rels/item${n}.xml.rels`] = relsXml([{ id: 'rId1', type: 'customXmlProps', target: `itemProps${n}.xml` }]);
    rels.push({ id: `rIdCustom${n}`, type: 'customXml', target: `../customXml/item${n}.xml` });
  });
  const pkgRels: RelOut[] = [{ id: 'rId1', type: 'officeDocument', target: 'word/document.xml' }];
  if (doc.settings && Object.keys(doc.settings).length) {
    files['docProps/custom.xml'] = customPropsXml(doc.settings);
    pkgRels.push({ id: 'rId2', type: 'custom-properties', target: 'docProps/custom.xml' });
  }
  files['word/_rels/document.xml.rels'] = relsXml(rels);
  const zip: Zippable = {
    '[Content_Types].xml': strToU8(contentTypesXml(Object.keys(files))),
    '_rels/.rels': strToU8(relsXml(pkgRels)),
  };
  for (const [path, xml] of Object.entries(files)) zip[path] = strToU8(xml);
  return zipSync(zip, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
