import { escAttr, esc, XML_HEAD } from './xml.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** One relationship to write. */
export interface RelOut {
  id: string;
  type: string;
  target: string;
}

/** A `.rels` part. `type` is the last segment of the relationship type URI. */
export function relsXml(rels: readonly RelOut[]): string {
  const body = rels.map((r) => `<Relationship Id="${escAttr(r.id)}" Type="${REL}/${r.type}" Target="${escAttr(r.target)}"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/** Content type of each part we may write, by path pattern. */
const OVERRIDES: [RegExp, string][] = [
  [/^word\/document\.xml$/, `${CT}.wordprocessingml.document.main+xml`],
  [/^word\/styles\.xml$/, `${CT}.wordprocessingml.styles+xml`],
  [/^word\/settings\.xml$/, `${CT}.wordprocessingml.settings+xml`],
  [/^word\/numbering\.xml$/, `${CT}.wordprocessingml.numbering+xml`],
  [/^word\/header\d+\.xml$/, `${CT}.wordprocessingml.header+xml`],
  [/^word\/footer\d+\.xml$/, `${CT}.wordprocessingml.footer+xml`],
  [/^word\/glossary\/document\.xml$/, `${CT}.wordprocessingml.document.glossary+xml`],
  [/^customXml\/itemProps\d+\.xml$/, `${CT}.customXmlProperties+xml`],
  [/^docProps\/custom\.xml$/, `${CT}.custom-properties+xml`],
  [/^docProps\/core\.xml$/, 'application/vnd.openxmlformats-package.core-properties+xml'],
];

/** [Content_Types].xml for the given part paths. */
export function contentTypesXml(paths: readonly string[]): string {
  let s =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>';
  for (const p of paths) {
    const hit = OVERRIDES.find(([re]) => re.test(p));
    if (hit) s += `<Override PartName="/${esc(p)}" ContentType="${hit[1]}"/>`;
  }
  return `${s}</Types>`;
}
