import { DocxError } from '../errors.js';
import type { DocxLimits } from '../limits.js';
import { attr, hasDeclarations, kids, parseXml, partText, root, tag, type XmlParser, type XNode } from './xml.js';
import { ZipArchive } from './zip.js';

/** A relationship of a part: its type (last path segment, e.g. "styles") and resolved target. */
export interface Rel {
  type: string;
  target: string;
  external: boolean;
}

/**
 * The OPC package: zip entries, relationships, and each XML part parsed at most once.
 */
export class Package {
  readonly zip: ZipArchive;
  private readonly parsed = new Map<string, XNode[] | null>();
  /** Parts read by the stream reader (lower case). */
  private readonly streamed = new Set<string>();
  /** Path of the main document part, e.g. "word/document.xml". */
  readonly mainPart: string;

  constructor(
    bytes: Uint8Array,
    limits: DocxLimits,
    readonly parse?: XmlParser,
  ) {
    this.zip = new ZipArchive(bytes, limits);
    const main = [...this.rels('').values()].find((r) => r.type === 'officeDocument' && !r.external);
    const path = main && this.zip.has(main.target) ? main.target : 'word/document.xml';
    if (!this.zip.has(path)) throw new DocxError('no-main-part');
    this.mainPart = path;
  }

  /** A parsed XML part, or undefined when the package lacks it. */
  xml(path: string): XNode[] | undefined {
    const key = path.toLowerCase();
    if (this.parsed.has(key)) return this.parsed.get(key) ?? undefined;
    const bytes = this.zip.read(path);
    const doc = bytes ? parseXml(bytes, path, this.parse) : null;
    this.parsed.set(key, doc);
    return doc ?? undefined;
  }

  /**
   * A part's decoded text, for the stream reader (which refuses declarations
   * itself); undefined when the package lacks it. The part then counts as read.
   */
  text(path: string): string | undefined {
    const bytes = this.zip.read(path);
    if (!bytes) return undefined;
    this.streamed.add(path.toLowerCase());
    return partText(bytes, path);
  }

  /**
   * Refuses a DOCTYPE/ENTITY in any XML part, including parts the reader never
   * parses, so a refused file is refused whatever later tool opens it.
   */
  checkUnparsedXml(): void {
    for (const name of this.zip.names()) {
      if (this.parsed.has(name.toLowerCase()) || this.streamed.has(name.toLowerCase()) || !/\.(xml|rels|vml)$/i.test(name)) continue;
      if (hasDeclarations(partText(this.zip.read(name)!, name))) throw new DocxError('xml-dtd', name);
    }
  }

  /** The root element of a part. */
  rootOf(path: string): XNode | undefined {
    const doc = this.xml(path);
    return doc ? root(doc) : undefined;
  }

  /** Relationships of a part ('' = the package), keyed by r:id. */
  rels(part: string): Map<string, Rel> {
    const slash = part.lastIndexOf('/');
    const dir = slash < 0 ? '' : part.slice(0, slash + 1);
    const relsPath = part === '' ? '_rels/.rels' : `${dir}_rels/${part.slice(slash + 1)}.rels`;
    const out = new Map<string, Rel>();
    const r = this.rootOf(relsPath);
    if (!r) return out;
    for (const n of kids(r)) {
      if (tag(n) !== 'Relationship') continue;
      const id = attr(n, 'Id');
      const type = attr(n, 'Type') ?? '';
      const target = attr(n, 'Target') ?? '';
      const external = attr(n, 'TargetMode') === 'External';
      if (!id) continue;
      out.set(id, { type: type.slice(type.lastIndexOf('/') + 1), target: external ? target : resolve(dir, target), external });
    }
    return out;
  }

  /** Target of the first relationship of a type from a part. */
  relTarget(part: string, type: string): string | undefined {
    for (const r of this.rels(part).values()) if (r.type === type && !r.external) return r.target;
    return undefined;
  }
}

/** Resolves a relationship target against the source part's folder. */
function resolve(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}
