import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DocxError } from '../errors.js';
import { xmlCharOf } from './chars.js';
import { canonicalMap } from './namespaces.js';
import { MAX_DEPTH, XmlSyntaxError } from './scan.js';
import { asNode, decode, El, hasDeclarations, NO_CHILDREN, type XNode } from './xml.js';

/**
 * One element of a streamed part, as a frame on the reader's stack. `open` is
 * called for each child element and returns the frame that reads it (`SKIP` to
 * ignore its whole subtree); `text` gets character data (CDATA flagged); `close`
 * is called when the element the frame reads ends.
 */
export interface Frame {
  open(name: string, attrs: Attrs): Frame;
  text(s: string, cdata: boolean): void;
  close(): void;
}

/** Attribute values by name, entity-decoded by the parser. */
export type Attrs = Record<string, string>;

/** Ignores an element and everything in it. */
export const SKIP: Frame = {
  open: () => SKIP,
  text: () => {},
  close: () => {},
};

/** A frame stack: what the parser and a replay of recorded events both drive. */
export class Driver {
  private readonly stack: Frame[];
  constructor(root: Frame) {
    this.stack = [root];
  }
  open(name: string, attrs: Attrs): void {
    const top = this.stack[this.stack.length - 1]!;
    this.stack.push(top.open(name, attrs));
  }
  text(s: string, cdata: boolean): void {
    this.stack[this.stack.length - 1]!.text(s, cdata);
  }
  close(): void {
    this.stack.pop()!.close();
  }
}

type Event = readonly [0, string, Attrs] | readonly [1, string, boolean] | readonly [2];

/**
 * Recorded events of a subtree (its children), to be read later: a range of an
 * event list, with the index of each open event's close, so that a replay steps
 * over what it skips or records again (a text box in a text box) in one move.
 * A replay thus costs what the replayed level holds, whatever is nested in it.
 */
export class Recorded {
  constructor(
    readonly events: readonly Event[],
    readonly closeOf: readonly number[],
    readonly start: number,
    readonly end: number,
  ) {}
}

/**
 * Records an element's content, then hands it over when the element ends: text
 * boxes are read after the paragraph holding them, and a `mc:Fallback` is only
 * read once it is known that no Choice was. In a replay it is handed its range
 * of the replayed list at once, without copying.
 */
export class RecordFrame implements Frame {
  private readonly events: Event[] = [];
  private readonly closeOf: number[] = [];
  private readonly opened: number[] = [];
  constructor(private readonly done: (events: Recorded) => void) {}
  open(name: string, attrs: Attrs): Frame {
    this.opened.push(this.events.length);
    this.events.push([0, name, attrs]);
    return this;
  }
  text(s: string, cdata: boolean): void {
    this.events.push([1, s, cdata]);
  }
  close(): void {
    const open = this.opened.pop();
    if (open === undefined) return this.done(new Recorded(this.events, this.closeOf, 0, this.events.length));
    this.closeOf[open] = this.events.length;
    this.events.push([2]);
  }
  /** The recorded element's content is this range of a list being replayed. */
  take(range: Recorded): void {
    this.done(range);
  }
}

/** Feeds recorded events to a frame, as if they were streamed into it; the frame itself is not closed. */
export function replay(r: Recorded, into: Frame): void {
  const { events, closeOf } = r;
  const stack: Frame[] = [into];
  for (let i = r.start; i < r.end; i++) {
    const e = events[i]!;
    if (e[0] === 0) {
      const f = stack[stack.length - 1]!.open(e[1], e[2]);
      const close = closeOf[i]!;
      if (f === SKIP) i = close;
      else if (f instanceof RecordFrame) {
        f.take(new Recorded(events, closeOf, i + 1, close));
        i = close;
      } else stack.push(f);
    } else if (e[0] === 1) stack[stack.length - 1]!.text(e[1], e[2]);
    else stack.pop()!.close();
  }
}

/**
 * Builds an element as a node (`El`), for the small property elements
 * (`w:pPr`, `w:rPr`, `w:sectPr`, `w:sdtPr`, a style…) whose readers take a node.
 * Text around a comment joins into one text node and CDATA is a node of its
 * own, as in the scanner's tree; CDATA is decoded as the tree reader decodes it.
 */
export class CaptureFrame implements Frame {
  /** The open elements, outermost first: one frame reads the whole subtree. */
  private readonly open_: El[];
  private textNode: El | undefined;
  constructor(
    name: string,
    attrs: Attrs,
    private readonly done?: (n: XNode) => void,
  ) {
    this.open_ = [new El(name, attrs)];
  }
  open(name: string, attrs: Attrs): Frame {
    this.textNode = undefined;
    const el = new El(name, attrs);
    this.kidsOfTop().push(el);
    this.open_.push(el);
    return this;
  }
  private kidsOfTop(): El[] {
    const top = this.open_[this.open_.length - 1]!;
    if (top.children === NO_CHILDREN) top.children = [];
    return top.children;
  }
  text(s: string, cdata: boolean): void {
    if (cdata) {
      this.kidsOfTop().push(new El('#text', undefined, NO_CHILDREN, decode(s)));
      this.textNode = undefined;
    } else if (this.textNode) this.textNode.text += s;
    else this.kidsOfTop().push((this.textNode = new El('#text', undefined, NO_CHILDREN, s)));
  }
  close(): void {
    this.textNode = undefined;
    const el = this.open_.pop()!;
    if (!this.open_.length) this.done?.(asNode(el));
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const HEX = /^#x[0-9a-fA-F]+$/;
const DEC = /^#[0-9]+$/;
/** What an undeclared reference may hold to be kept as literal text (anything else is not well-formed). */
const LITERAL = /^[^\s<>&"']+$/;

/**
 * saxes with the reader's entity rules, the same as the tree reader's `decode`:
 * the five predefined escapes and character references are decoded (references
 * to characters XML does not allow are dropped); any other `&name;` is kept as
 * literal text, never expanded (there is no DTD to define one: it is refused).
 */
class Parser extends SaxesParser {
  constructor() {
    super({ position: false });
    (this as unknown as { parseEntity: (e: string) => string }).parseEntity = parseEntity;
  }
}

function parseEntity(e: string): string {
  const named = NAMED[e];
  if (named !== undefined) return named;
  if (HEX.test(e)) return xmlCharOf(parseInt(e.slice(2), 16));
  if (DEC.test(e)) return xmlCharOf(parseInt(e.slice(1), 10));
  if (LITERAL.test(e)) return `&${e};`;
  throw new XmlSyntaxError('bad entity reference');
}

/**
 * Streams one part's text into `root`, which gets the document element as its
 * one child. Refuses any DOCTYPE or ENTITY declaration before parsing, and
 * nesting deeper than the scanner allows; tags and attributes bound to the
 * OOXML namespaces under other prefixes are renamed to the usual ones (`w:`,
 * `r:`…), as `canonicalPrefixes` does for the tree. Any error is a DocxError.
 */
export function streamXml(xml: string, part: string, root: Frame): void {
  if (hasDeclarations(xml)) throw new DocxError('xml-dtd', part);
  const d = new Driver(root);
  const p = new Parser();
  let depth = 0;
  let rename: Map<string, string> | undefined;
  let sawRoot = false;
  p.on('opentag', (t: SaxesTagPlain) => {
    let name = t.name;
    let attrs = t.attributes as Attrs;
    if (!sawRoot) {
      sawRoot = true;
      const map = canonicalMap(attrs);
      if (map.size) rename = map;
    }
    if (rename) {
      name = renamed(name, rename);
      attrs = renamedAttrs(attrs, rename);
    }
    if (!t.isSelfClosing && ++depth > MAX_DEPTH) throw new XmlSyntaxError('nested too deeply');
    d.open(name, attrs);
  });
  p.on('closetag', (t: SaxesTagPlain) => {
    if (!t.isSelfClosing) depth--;
    d.close();
  });
  p.on('text', (s: string) => d.text(s, false));
  p.on('cdata', (s: string) => d.text(s, true));
  try {
    p.write(xml).close();
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('xml-malformed', part);
  }
}

function renamed(name: string, map: Map<string, string>): string {
  const i = name.indexOf(':');
  const prefix = i < 0 ? '' : name.slice(0, i);
  if (prefix === 'xmlns') return name;
  const to = map.get(prefix);
  return to === undefined ? name : `${to}:${i < 0 ? name : name.slice(i + 1)}`;
}

function renamedAttrs(attrs: Attrs, map: Map<string, string>): Attrs {
  const out: Attrs = {};
  // Unprefixed attributes are in no namespace, so only prefixed ones move.
  for (const k in attrs) out[k.includes(':') ? renamed(k, map) : k] = attrs[k]!;
  return out;
}

/**
 * A part's top-level elements of the given names, each as a node (styles and
 * numbering: one small node per style or list). Everything else in the part is
 * skipped unbuilt (`w:latentStyles`, for one).
 */
export function topElements(xml: string, part: string, names: ReadonlySet<string>): XNode[] {
  const out: XNode[] = [];
  const push = (n: XNode): void => void out.push(n);
  const inRoot: Frame = { open: (name, attrs) => (names.has(name) ? new CaptureFrame(name, attrs, push) : SKIP), text: () => {}, close: () => {} };
  streamXml(xml, part, { open: () => inRoot, text: () => {}, close: () => {} });
  return out;
}
