import { XMLParser } from 'fast-xml-parser';
import type { XmlParser, XNode } from './read/xml.js';

/**
 * fast-xml-parser with `preserveOrder`, as an alternative to the built-in scanner
 * (`readDocx(bytes, { xmlParser: fastXmlParser })`). It gives the same tree; it is
 * kept for the differential test and as a fallback, in its own entry point
 * (`@cds/docx/fast-xml-parser`) so that nothing else ever bundles it.
 */
export const fastXmlParser: XmlParser = (xml) => {
  const out = (parser ??= create()).parse(xml) as XNode[];
  const top = out.find((n) => !('#text' in n));
  if (!top || !endsWithRoot(xml, Object.keys(top).find((k) => k !== ':@') ?? '')) throw new Error('not well-formed');
  return out;
};

let parser: XMLParser | undefined;

function create(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // Entities are never expanded; the five XML escapes and character references are decoded by `decode`.
    processEntities: false,
    htmlEntities: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: false,
    // Callbacks get the matcher instead of a path string built per attribute and text: much faster.
    jPath: false,
    // Real documents nest tables in controls in cells; allow depth, still bounded.
    maxNestedTags: 512,
  });
}

/** fast-xml-parser is lenient; a part cut short (the usual damage) must still end with its root's end tag. */
function endsWithRoot(xml: string, name: string): boolean {
  const end = xml.trimEnd();
  return end.endsWith('/>') || end.replace(/\s+>$/, '>').endsWith(`</${name}>`);
}
