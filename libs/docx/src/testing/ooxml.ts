/**
 * Test helper: builds small .docx packages from hand-written OOXML, so each test
 * shows exactly the XML it feeds the reader.
 */
import { strToU8, zipSync } from 'fflate';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';

export interface FixtureParts {
  /** Inner XML of `w:body`. */
  body: string;
  /** Inner XML of `w:styles` (styles.xml is omitted when undefined). */
  styles?: string;
  /** Inner XML of `w:numbering`. */
  numbering?: string;
  /** Extra document relationships: id → [type, target]. */
  rels?: Record<string, [string, string]>;
  /** Extra parts, path → full XML text. */
  files?: Record<string, string>;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A .docx whose document.xml body is `parts.body`. */
export function docx(parts: FixtureParts): Uint8Array {
  const rels: string[] = [];
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${parts.body}</w:body></w:document>`),
  };
  if (parts.styles !== undefined) {
    files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${NS}>${parts.styles}</w:styles>`);
    rels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (parts.numbering !== undefined) {
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${NS}>${parts.numbering}</w:numbering>`);
    rels.push(`<Relationship Id="rIdN" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  for (const [id, [type, target]] of Object.entries(parts.rels ?? {})) rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`);
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  for (const [path, xml] of Object.entries(parts.files ?? {})) files[path] = strToU8(xml);
  files['[Content_Types].xml'] = strToU8(contentTypes(Object.keys(files)));
  return zipSync(files);
}

/** A header/footer part with the test namespaces. */
export function story(kind: 'hdr' | 'ftr', inner: string): string {
  return `<?xml version="1.0"?><w:${kind} ${NS}>${inner}</w:${kind}>`;
}

/** `<w:p>` with plain runs, one per string. */
export function p(...texts: string[]): string {
  return `<w:p>${texts.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
}

/** A paragraph with a pPr. */
export function pp(pPr: string, ...texts: string[]): string {
  return `<w:p><w:pPr>${pPr}</w:pPr>${texts.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
}

const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const TYPES: [RegExp, string][] = [
  [/^word\/document\.xml$/, `${CT}.document.main+xml`],
  [/^word\/styles\.xml$/, `${CT}.styles+xml`],
  [/^word\/numbering\.xml$/, `${CT}.numbering+xml`],
  [/^word\/header\d+\.xml$/, `${CT}.header+xml`],
  [/^word\/footer\d+\.xml$/, `${CT}.footer+xml`],
];

/** [Content_Types].xml naming the main parts, so LibreOffice and Word accept the fixture too. */
function contentTypes(paths: string[]): string {
  const overrides = paths.flatMap((p) => TYPES.filter(([re]) => re.test(p)).map(([, t]) => `<Override PartName="/${p}" ContentType="${t}"/>`));
  return (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join('')}</Types>`
  );
}
