import type { DocumentModel } from '@cds/model';
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
import { child, kids, type XmlParser } from './xml.js';

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
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentModel {
  const limits = { ...DOCX_LIMITS, ...options.limits };
  const budget = new Budget(limits);
  const pkg = new Package(bytes, limits, options.xmlParser);
  const main = pkg.mainPart;
  const docRoot = pkg.rootOf(main);
  const theme = themeFonts(pkg.rootOf(pkg.relTarget(main, 'theme') ?? ''));
  const stylesPath = pkg.relTarget(main, 'styles') ?? (pkg.zip.has('word/styles.xml') ? 'word/styles.xml' : '');
  const styles = new Styles(pkg.rootOf(stylesPath), theme);
  const numberingPath = pkg.relTarget(main, 'numbering') ?? (pkg.zip.has('word/numbering.xml') ? 'word/numbering.xml' : '');
  const numRoot = pkg.rootOf(numberingPath);
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
  const body = child(docRoot, 'w:body');
  const blocks = readBlocks(body ? kids(body) : [], '', ctx, true);
  if (!ctx.sectPrs.length || ctx.sectPrs[ctx.sectPrs.length - 1]!.topIndex < blocks.length - 1)
    ctx.sectPrs.push({ node: {}, topIndex: Math.max(0, blocks.length - 1) });
  // Headers number their own lists; each story gets fresh counters.
  const { sections, headerText } = readSections(pkg, ctx.sectPrs, () => context(new NumberingState(numRoot, styleNumId, budget)));
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
