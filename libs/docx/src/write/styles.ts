import type { DocumentModel, Paragraph, Table } from '@cds/model';
import { escAttr, W_NS, XML_HEAD } from './xml.js';

/** Built-in styles every written document carries (ids as Word names them). */
const HEADINGS = [1, 2, 3, 4].map((n) => ({ id: `Heading${n}`, name: `heading ${n}`, level: n - 1 }));

/**
 * styles.xml: docDefaults and Normal in Times New Roman at the model's size
 * (default 14 pt, the decree's body size), Heading1–4 with outline levels, and a
 * plain definition for every other style id the model uses so Word keeps it.
 * Returns the outline level each paragraph style carries.
 */
export function stylesXml(
  doc: DocumentModel,
  paras: readonly Paragraph[],
  tables: readonly Table[],
): { xml: string; outline: Map<string, number | undefined> } {
  const font = doc.defaults.font ?? 'Times New Roman';
  const half = Math.round((doc.defaults.sizePt ?? 14) * 2);
  const outline = new Map<string, number | undefined>([
    ['', undefined],
    ['Normal', undefined],
  ]);
  let s =
    `${XML_HEAD}<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="${escAttr(font)}" w:hAnsi="${escAttr(font)}" w:eastAsia="${escAttr(font)}" w:cs="${escAttr(font)}"/>` +
    `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>';
  s += '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>';
  s +=
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>';
  s +=
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';
  for (const h of HEADINGS) {
    s +=
      `<w:style w:type="paragraph" w:styleId="${h.id}"><w:name w:val="${h.name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
      `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${h.level}"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>`;
    outline.set(h.id, h.level);
  }
  const names = new Map<string, string | undefined>();
  for (const p of paras) if (p.styleId && !outline.has(p.styleId) && !names.has(p.styleId)) names.set(p.styleId, p.styleName);
  for (const [id, name] of names) {
    // A custom paragraph style keeps the outline level its first paragraph had, so headings stay headings.
    const level = paras.find((p) => p.styleId === id)?.outlineLevel;
    outline.set(id, level);
    s +=
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${escAttr(id)}"><w:name w:val="${escAttr(name ?? id)}"/><w:basedOn w:val="Normal"/>` +
      (level !== undefined ? `<w:pPr><w:outlineLvl w:val="${level}"/></w:pPr>` : '') +
      '</w:style>';
  }
  for (const id of new Set(tables.map((t) => t.styleId).filter((x): x is string => !!x)))
    s += `<w:style w:type="table" w:styleId="${escAttr(id)}"><w:name w:val="${escAttr(id === 'TableGrid' ? 'Table Grid' : id)}"/><w:basedOn w:val="TableNormal"/></w:style>`;
  return { xml: `${s}</w:styles>`, outline };
}
