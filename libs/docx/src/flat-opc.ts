import type { DocumentModel } from '@cds/model';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { DocxError } from './errors.js';
import { readDocx, type ReadDocxOptions } from './read/read.js';
import { writeDocx } from './write/write.js';

/**
 * Flat OPC: the whole package as one XML document (`pkg:package`, one `pkg:part` per
 * part, XML parts inline in `pkg:xmlData`, others base64 in `pkg:binaryData`). It is
 * what Word's `insertOoxml` takes and `getOoxml` returns.
 * https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml
 */
export const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';

const XML_DECL = /^\s*<\?xml[^>]*\?>\s*/;
const CT_RELS = 'application/vnd.openxmlformats-package.relationships+xml';
const isXmlType = (ct: string, name: string) => /(^|[+/])xml$/.test(ct) || /\.(xml|rels)$/i.test(name);

/** `[Content_Types].xml` read into a lookup (overrides by part name, defaults by extension). */
function contentTypes(xml: string | undefined): (name: string) => string {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const attr = (el: string, a: string) => new RegExp(`\\b${a}="([^"]*)"`).exec(el)?.[1];
  for (const el of xml?.match(/<(Default|Override)\b[^>]*>/g) ?? []) {
    const ct = attr(el, 'ContentType');
    if (!ct) continue;
    const ext = attr(el, 'Extension');
    const part = attr(el, 'PartName');
    if (ext) defaults.set(ext.toLowerCase(), ct);
    if (part) overrides.set(part.toLowerCase(), ct);
  }
  return (name) => overrides.get(`/${name}`.toLowerCase()) ?? defaults.get(name.split('.').pop()!.toLowerCase()) ?? 'application/octet-stream';
}

const toBase64 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (s: string): Uint8Array => Uint8Array.from(atob(s.replace(/\s+/g, '')), (c) => c.charCodeAt(0));

/** A .docx (zip) as flat OPC. */
export function docxToFlatOpc(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const ct = contentTypes(files['[Content_Types].xml'] ? strFromU8(files['[Content_Types].xml']) : undefined);
  const names = Object.keys(files).filter((n) => n !== '[Content_Types].xml' && !n.endsWith('/'));
  // The package relationships first, as Word writes them.
  names.sort((a, b) => Number(b === '_rels/.rels') - Number(a === '_rels/.rels'));
  let out = `<pkg:package xmlns:pkg="${PKG_NS}">`;
  for (const name of names) {
    const type = name.endsWith('.rels') ? CT_RELS : ct(name);
    const data = files[name]!;
    const head = `<pkg:part pkg:name="/${name}" pkg:contentType="${type}"`;
    if (isXmlType(type, name)) out += `${head}><pkg:xmlData>${strFromU8(data).replace(XML_DECL, '')}</pkg:xmlData></pkg:part>`;
    else out += `${head} pkg:compression="store"><pkg:binaryData>${toBase64(data)}</pkg:binaryData></pkg:part>`;
  }
  return `${out}</pkg:package>`;
}

/**
 * Flat OPC back to a .docx (zip) with a `[Content_Types].xml` built from the parts'
 * content types. Throws `DocxError('xml-malformed')` when the text is no `pkg:package`.
 */
export function flatOpcToDocx(xml: string): Uint8Array {
  const prefix = /<(?:([\w.-]+):)?package\b[^>]*xmlns(?::([\w.-]+))?="http:\/\/schemas\.microsoft\.com\/office\/2006\/xmlPackage"/.exec(xml);
  if (!prefix) throw new DocxError('xml-malformed', 'pkg:package');
  const p = prefix[1] ? `${prefix[1]}:` : '';
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const partRe = new RegExp(`<${esc(p)}part\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${esc(p)}part>)`, 'g');
  const attr = (attrs: string, a: string) => new RegExp(`\\b${esc(p)}${a}="([^"]*)"`).exec(attrs)?.[1];
  const zip: Zippable = {};
  const types: string[] = [];
  for (const m of xml.matchAll(partRe)) {
    const name = attr(m[1]!, 'name')?.replace(/^\//, '');
    const type = attr(m[1]!, 'contentType') ?? 'application/octet-stream';
    if (!name) continue;
    const body = m[2] ?? '';
    const inner = new RegExp(`<${esc(p)}(xmlData|binaryData)\\b[^>]*>([\\s\\S]*?)</${esc(p)}\\1>`).exec(body);
    if (!inner) continue;
    zip[name] = inner[1] === 'xmlData' ? strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${inner[2]!.trim()}`) : fromBase64(inner[2]!);
    if (!name.endsWith('.rels')) types.push(`<Override PartName="/${name}" ContentType="${type}"/>`);
  }
  if (!Object.keys(zip).length) throw new DocxError('xml-malformed', 'pkg:package');
  zip['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="${CT_RELS}"/><Default Extension="xml" ContentType="application/xml"/>${types.join('')}</Types>`,
  );
  return zipSync(zip, { level: 0, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** Reads flat OPC (what `insertOoxml` takes) into the document model, with readDocx's checks and limits. */
export function readFlatOpc(xml: string, options?: ReadDocxOptions): DocumentModel {
  return readDocx(flatOpcToDocx(xml), options);
}

/** Writes the model as flat OPC (what `getOoxml` returns): writeDocx's package, flattened. */
export function writeFlatOpc(doc: DocumentModel): string {
  return docxToFlatOpc(writeDocx(doc));
}
