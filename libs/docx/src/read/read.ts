import type { Block, DocumentModel } from '@cds/model';
import { DocxError } from '../errors.js';
import { DOCX_LIMITS, type DocxLimits } from '../limits.js';
import { readBlocks } from './blocks.js';
import { Budget } from './budget.js';
import type { ReadContext } from './context.js';
import { readCustomParts, readSettings } from './extras.js';
import { glossaryLookup } from './glossary.js';
import { NumberingState } from './numbering.js';
import { Package } from './package.js';
import { readSections } from './sections.js';
import { Styles, themeFonts } from './styles.js';
import { topElements } from './sax.js';
import { streamDocument, streamStory } from './stream.js';
import { child, hasDeclarations, kids, type XmlParser, type XNode } from './xml.js';

/** Options for `readDocx`. */
export interface ReadDocxOptions {
  /** Override some limits (tests, or a server with other needs). */
  limits?: Partial<DocxLimits>;
  /**
   * The XML parser; the built-in scanner when absent. `fastXmlParser` from
   * `@cds/docx/fast-xml-parser` gives the same tree (a differential test holds them to it).
   */
  xmlParser?: XmlParser;
}

/**
 * Reads a .docx into the document model, synchronously. Throws `DocxError` for
 * input it refuses (not a zip, no main part, truncated, zip bomb, DTD, malformed
 * XML, encrypted); a readable but odd document never throws.
 *
 * The document, its styles, numbering, headers and footers are streamed
 * (`stream.ts`, one pass over saxes, no tree of the part); the small parts
 * (relationships, theme, glossary, settings, custom XML) are parsed as trees.
 * With `xmlParser`, every part is parsed as a tree by that parser and read by
 * the tree reader, which the stream reader is tested against.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentModel {
  return options.xmlParser ? readDocxTree(bytes, options) : readDocxStream(bytes, options);
}

const STYLE_ELEMENTS = new Set(['w:docDefaults', 'w:style']);
const NUMBERING_ELEMENTS = new Set(['w:abstractNum', 'w:num']);

export function readDocxStream(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentModel {
  let mainXml = '';
  return readWith(bytes, options, {
    topOf: (pkg, path, names) => {
      const xml = path ? pkg.text(path) : undefined;
      return xml === undefined ? undefined : topElements(xml, path, names);
    },
    body: (pkg, ctx) => streamDocument(mainXml, pkg.mainPart, ctx),
    story: (pkg, path, ctx) => {
      const xml = pkg.text(path);
      return xml === undefined ? [] : streamStory(xml, path, ctx);
    },
    // Refused before the other parts are read, as when the document was parsed first.
    first: (pkg) => {
      mainXml = pkg.text(pkg.mainPart)!;
      if (hasDeclarations(mainXml)) throw new DocxError('xml-dtd', pkg.mainPart);
    },
  });
}

/** The tree reader: each part parsed whole (`scanXml`, or `options.xmlParser`), then walked. */
export function readDocxTree(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentModel {
  return readWith(bytes, options, {
    topOf: (pkg, path) => pkg.rootOf(path),
    body: (pkg, ctx) => {
      const body = child(pkg.rootOf(pkg.mainPart), 'w:body');
      return readBlocks(body ? kids(body) : [], '', ctx, true);
    },
    first: (pkg) => void pkg.rootOf(pkg.mainPart),
  });
}

/** How the document's main parts are read: streamed or as trees. */
interface Reading {
  /** Refusals of the main part that come before anything else. */
  first(pkg: Package): void;
  /** styles.xml or numbering.xml: its root, or its top-level elements of these names. */
  topOf(pkg: Package, path: string, names: ReadonlySet<string>): XNode | XNode[] | undefined;
  body(pkg: Package, ctx: ReadContext): Block[];
  /** A header or footer's blocks; the tree reader's when absent. */
  story?(pkg: Package, path: string, ctx: ReadContext): Block[];
}

function readWith(bytes: Uint8Array, options: ReadDocxOptions, reading: Reading): DocumentModel {
  const limits = { ...DOCX_LIMITS, ...options.limits };
  const budget = new Budget(limits);
  const pkg = new Package(bytes, limits, options.xmlParser);
  const main = pkg.mainPart;
  reading.first(pkg);
  const theme = themeFonts(pkg.rootOf(pkg.relTarget(main, 'theme') ?? ''));
  const stylesPath = pkg.relTarget(main, 'styles') ?? (pkg.zip.has('word/styles.xml') ? 'word/styles.xml' : '');
  const styles = new Styles(reading.topOf(pkg, stylesPath, STYLE_ELEMENTS), theme);
  const numberingPath = pkg.relTarget(main, 'numbering') ?? (pkg.zip.has('word/numbering.xml') ? 'word/numbering.xml' : '');
  const numRoot = reading.topOf(pkg, numberingPath, NUMBERING_ELEMENTS);
  const placeholder = glossaryLookup(pkg);
  const styleNumId = (id: string): string | undefined => styles.paragraph(id).numRef?.numId;
  const context = (numbering: NumberingState): ReadContext => ({
    styles,
    numbering,
    theme,
    placeholder,
    budget,
    fields: [],
    inInstr: [],
    fieldsSeen: [],
    sectPrs: [],
    topIndex: 0,
    runBase: new Map(),
    tracked: { insertions: 0, deletions: 0, formatChanges: 0 },
  });
  const ctx = context(new NumberingState(numRoot, styleNumId, budget));
  const blocks = reading.body(pkg, ctx);
  if (!ctx.sectPrs.length || ctx.sectPrs[ctx.sectPrs.length - 1]!.topIndex < blocks.length - 1)
    ctx.sectPrs.push({ node: {}, topIndex: Math.max(0, blocks.length - 1) });
  // Headers number their own lists; each story gets fresh counters.
  const { sections, headerText } = readSections(
    pkg,
    ctx.sectPrs,
    () => context(new NumberingState(numRoot, styleNumId, budget)),
    reading.story && ((path, c) => reading.story!(pkg, path, c)),
  );
  for (const s of ctx.sectPrs) if (child(s.node, 'w:sectPrChange')) ctx.tracked.formatChanges++;
  const model: DocumentModel = {
    body: blocks,
    sections,
    defaults: {},
    // Unaccepted revisions in the body: the text read is the one with insertions kept and deletions dropped.
    trackedChanges: ctx.tracked,
  };
  if (styles.defaultRun.font) model.defaults.font = styles.defaultRun.font;
  if (styles.defaultRun.sizePt !== undefined) model.defaults.sizePt = styles.defaultRun.sizePt;
  if (headerText?.length) model.headerText = headerText;
  const customParts = readCustomParts(pkg);
  if (customParts) model.customParts = customParts;
  const settings = readSettings(pkg);
  if (settings) model.settings = settings;
  pkg.checkUnparsedXml();
  return model;
}
