import type { Block, BlockContentControl, ContentControlProps, Numbering, Paragraph, RunProps, Table, TableCell, TableRow } from '@cds/model';
import type { ReadContext } from './context.js';
import { readSdtPr } from './controls.js';
import { fieldChar, INLINE_TRANSPARENT, InlineBuilder, type ParaText, runProps, simpleField, symbol, visible } from './inline.js';
import { beginParagraph, endParagraph } from './paragraph.js';
import { type Attrs, CaptureFrame, type Frame, type Recorded, RecordFrame, replay, SKIP, streamXml } from './sax.js';
import { cellProps, rowOf, tableProps } from './table.js';
import { decode, type XNode } from './xml.js';

/**
 * The one-pass reader: a part's XML streamed through saxes straight into the
 * model, with no tree of the part. Each open element is a frame that knows what
 * its children mean, following the tree reader (`blocks.ts`, `paragraph.ts`,
 * `inline.ts`, `table.ts`) rule for rule; a test holds both to the same model
 * on the corpus and the fixtures. Only small property elements are built as
 * nodes (`w:pPr`, `w:rPr`, `w:sectPr`, `w:sdtPr`, `w:tblPr`, `w:trPr`, `w:tcPr`),
 * for the readers of props they share with the tree reader. What is read later
 * than it appears is recorded as events and replayed: text boxes (read after
 * the paragraph holding them) and a `mc:Fallback` (read only when no Choice was).
 */

/** The main document part: the blocks of its `w:body`. */
export function streamDocument(xml: string, part: string, ctx: ReadContext): Block[] {
  const out: Block[] = [];
  let body = false;
  const docRoot: Frame = {
    open: (name) => {
      if (name !== 'w:body' || body) return SKIP;
      body = true;
      return new Blocks('', ctx, true, out, { n: 0 });
    },
    text: () => {},
    close: () => {},
  };
  streamXml(xml, part, rootOnce(docRoot));
  return out;
}

/** A header or footer: its root's children are a block list (ids `h.b0`…). */
export function streamStory(xml: string, part: string, ctx: ReadContext): Block[] {
  const out: Block[] = [];
  streamXml(xml, part, rootOnce(new Blocks('h.', ctx, false, out, { n: 0 })));
  return out;
}

/** The document element's frame (the part's one root). */
function rootOnce(frame: Frame): Frame {
  return { open: () => frame, text: () => {}, close: () => {} };
}

/** No-op text and close, for frames that only dispatch children. */
abstract class Dispatch implements Frame {
  abstract open(name: string, attrs: Attrs): Frame;
  text(): void {}
  close(): void {}
}

/** Block wrappers whose children belong to the enclosing block list. */
const BLOCK_TRANSPARENT = new Set(['w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);

/** A block list (body, cell, control content, text box, header): `readBlocks`. */
class Blocks extends Dispatch {
  constructor(
    readonly prefix: string,
    readonly ctx: ReadContext,
    readonly top: boolean,
    readonly out: Block[],
    readonly seq: { n: number },
  ) {
    super();
  }
  open(name: string, attrs: Attrs): Frame {
    const ctx = this.ctx;
    if (this.top) ctx.topIndex = this.out.length;
    switch (name) {
      case 'w:p':
        return new Para(`${this.prefix}b${this.seq.n++}`, this);
      case 'w:tbl':
        return new TableFrame(`${this.prefix}b${this.seq.n++}`, this);
      case 'w:sdt':
        return new BlockControlFrame(`${this.prefix}b${this.seq.n++}`, this);
      case 'mc:AlternateContent':
        return new Alternate(() => this);
      case 'w:sectPr':
        return this.top ? new CaptureFrame(name, attrs, (node) => ctx.sectPrs.push({ node, topIndex: Math.max(0, this.out.length - 1) })) : SKIP;
      case 'w:del':
      case 'w:moveFrom':
        ctx.tracked.deletions++;
        return SKIP;
    }
    if (BLOCK_TRANSPARENT.has(name)) {
      if (name === 'w:ins' || name === 'w:moveTo') ctx.tracked.insertions++;
      return this;
    }
    // w:altChunk (imported foreign content), bookmarks, permissions: nothing to read.
    return SKIP;
  }
}

/** Known namespaces of `mc:Choice Requires` (as in `alternate.ts`). */
const KNOWN = new Set(['w14', 'w15', 'w16', 'w16se', 'w16cid', 'w16cex', 'wps', 'wpg', 'wpc', 'wp14', 'a14', 'v', 'o', 'm', 'mc']);

/**
 * `mc:AlternateContent`: the first Choice we understand is read in place, as
 * content of the element holding the alternate; else the (last) Fallback,
 * recorded and read at the alternate's end, since a Choice may follow it.
 */
class Alternate extends Dispatch {
  private chosen = false;
  private fallback: Recorded | undefined;
  constructor(private readonly branch: () => Frame) {
    super();
  }
  open(name: string, attrs: Attrs): Frame {
    if (this.chosen) return SKIP;
    if (name === 'mc:Choice') {
      const req = (attrs['Requires'] ?? '').split(/\s+/).filter(Boolean);
      if (!req.every((r) => KNOWN.has(r))) return SKIP;
      this.chosen = true;
      this.fallback = undefined;
      return this.branch();
    }
    if (name === 'mc:Fallback') return new RecordFrame((e) => (this.fallback = e));
    return SKIP;
  }
  override close(): void {
    if (!this.chosen && this.fallback) replay(this.fallback, this.branch());
  }
}

/**
 * A `w:p`: its `w:pPr` counts only as its first child; then its inlines; at its
 * end, its text boxes as blocks after it (`readParagraphWithBoxes`).
 */
class Para implements Frame {
  private started = false;
  private inlines: Inlines | undefined;
  private para: Paragraph | undefined;
  private readonly sections: number;
  private readonly outer: Recorded[] | undefined;
  constructor(
    private readonly id: string,
    private readonly list: Blocks,
  ) {
    const ctx = list.ctx;
    ctx.budget.paragraph();
    this.sections = ctx.sectPrs.length;
    this.outer = ctx.streamBoxes;
    ctx.streamBoxes = undefined;
  }
  private begin(pPr: XNode | undefined): Inlines {
    this.started = true;
    const ctx = this.list.ctx;
    const { para, styleId, style, numbering } = beginParagraph(pPr, this.id, ctx);
    this.para = para;
    return (this.inlines = newInlines(this.id, styleId ?? '', style.rProps, ctx, numbering));
  }
  open(name: string, attrs: Attrs): Frame {
    if (this.started) return this.inlines!.open(name, attrs);
    if (name === 'w:pPr') {
      this.started = true;
      return new CaptureFrame(name, attrs, (pPr) => this.begin(pPr));
    }
    return this.begin(undefined).open(name, attrs);
  }
  text(): void {
    // A text node first (whitespace included) means there is no w:pPr, as in the tree reader.
    if (!this.started) this.begin(undefined);
  }
  close(): void {
    const ctx = this.list.ctx;
    const inlines = this.inlines ?? this.begin(undefined);
    const para = this.para!;
    para.inlines = inlines.b.out;
    endParagraph(ctx);
    const { out, top } = this.list;
    out.push(para);
    const boxes = ctx.streamBoxes;
    ctx.streamBoxes = this.outer;
    if (!boxes) return;
    boxes.forEach((box, k) => {
      const blocks: Block[] = [];
      replay(box, new Blocks(`${this.id}.x${k}.`, ctx, false, blocks, { n: 0 }));
      out.push(...blocks);
    });
    if (top) for (let i = this.sections; i < ctx.sectPrs.length; i++) ctx.sectPrs[i]!.topIndex = out.length - 1;
  }
}

function newInlines(paraId: string, pKey: string, base: RunProps, ctx: ReadContext, numbering: Numbering | undefined): Inlines {
  const para: ParaText = { chars: numbering?.label.length ?? 0, start: '' };
  return new Inlines(new InlineBuilder(para, ctx), para, paraId, { n: 0 }, pKey, base, ctx);
}

/** A paragraph's content, or a transparent container's, or an inline control's (`walk`). */
class Inlines extends Dispatch {
  constructor(
    readonly b: InlineBuilder,
    readonly para: ParaText,
    readonly paraId: string,
    readonly counter: { n: number },
    readonly pKey: string,
    readonly base: RunProps,
    readonly ctx: ReadContext,
  ) {
    super();
  }
  open(name: string, attrs: Attrs): Frame {
    const ctx = this.ctx;
    if (name === 'w:r') return new Run(true, new RunState(this));
    if (INLINE_TRANSPARENT.has(name)) {
      if (name === 'w:fldSimple') simpleField(attrs['w:instr'], ctx);
      else if (name === 'w:ins' || name === 'w:moveTo') ctx.tracked.insertions++;
      return this;
    }
    if (name === 'w:del' || name === 'w:moveFrom') {
      ctx.tracked.deletions++;
      return SKIP;
    }
    if (name === 'w:sdt') return new InlineControlFrame(`${this.paraId}.i${this.counter.n++}`, this);
    if (name === 'mc:AlternateContent') return new Alternate(() => this);
    // Bookmarks, proofErr, comments, permissions, math: no visible body text.
    return SKIP;
  }
}

/** An inline `w:sdt`: its content read into a builder of its own, then placed as one inline. */
class InlineControlFrame extends Dispatch {
  private sdtPr: XNode | undefined;
  private prSeen = false;
  private contentSeen = false;
  private readonly inner: Inlines;
  constructor(
    private readonly id: string,
    private readonly parent: Inlines,
  ) {
    super();
    const p = parent;
    this.inner = new Inlines(new InlineBuilder(p.para, p.ctx), p.para, p.paraId, p.counter, p.pKey, p.base, p.ctx);
  }
  open(name: string, attrs: Attrs): Frame {
    if (name === 'w:sdtPr' && !this.prSeen) {
      this.prSeen = true;
      return new CaptureFrame(name, attrs, (n) => (this.sdtPr = n));
    }
    if (name === 'w:sdtContent' && !this.contentSeen) {
      this.contentSeen = true;
      return this.inner;
    }
    return SKIP;
  }
  override close(): void {
    const cc = readSdtPr(this.sdtPr, this.parent.ctx);
    this.parent.b.control({ kind: 'inlineControl', id: this.id, cc, children: this.inner.b.out });
  }
}

/**
 * What one `w:r` has read: the text it shows, given to the builder once its
 * props are known. They come from its first `w:rPr`, which is its first child in
 * every file Word or LibreOffice writes; text before it waits for it.
 */
class RunState {
  rPr: XNode | undefined;
  rPrSeen = false;
  rPrDone = false;
  private props: RunProps | undefined;
  private pending: string[] | undefined;
  constructor(readonly inl: Inlines) {}
  emit(s: string): void {
    if (!visible(this.inl.ctx)) return;
    if (!this.rPrDone) (this.pending ??= []).push(s);
    else this.give(s);
  }
  private give(s: string): void {
    const inl = this.inl;
    inl.b.text(s, (this.props ??= runProps(this.rPr, inl.pKey, inl.base, inl.ctx)));
  }
  /** The run's props are final (its `w:rPr` read, or the run over): flush what waited. */
  settle(): void {
    this.rPrDone = true;
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    for (const s of p) this.give(s);
  }
}

/** A run's content (`runContent`): the run itself (`isRun`: its `w:rPr`) or an alternate in it. */
class Run implements Frame {
  constructor(
    private readonly isRun: boolean,
    private readonly run: RunState,
  ) {}
  open(name: string, attrs: Attrs): Frame {
    const run = this.run;
    const ctx = run.inl.ctx;
    switch (name) {
      case 'w:rPr':
        if (!this.isRun || run.rPrSeen) return SKIP;
        run.rPrSeen = true;
        return new CaptureFrame(name, attrs, (n) => {
          run.rPr = n;
          run.settle();
        });
      case 'w:t':
        return new RunText(run);
      case 'w:tab':
      case 'w:ptab':
        run.emit('\t');
        return SKIP;
      case 'w:br':
      case 'w:cr': {
        const type = attrs['w:type'];
        if (type !== 'page' && type !== 'column') run.emit('\n');
        return SKIP;
      }
      case 'w:noBreakHyphen':
        run.emit('-');
        return SKIP;
      case 'w:sym':
        run.emit(symbol(attrs['w:char']));
        return SKIP;
      case 'w:instrText':
        return new InstrText(ctx);
      case 'w:fldChar':
        fieldChar(attrs['w:fldCharType'], ctx);
        return SKIP;
      case 'mc:AlternateContent':
        // Inside a run, an alternate holds run content (drawings, symbols).
        return new Alternate(() => new Run(false, run));
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        // Text boxes (DrawingML wps:txbx, VML v:textbox) are read as blocks after the paragraph.
        return visible(ctx) ? new TextBoxes((ctx.streamBoxes ??= [])) : SKIP;
    }
    return SKIP;
  }
  text(): void {}
  close(): void {
    if (this.isRun) this.run.settle();
  }
}

/** The text directly in an element: its text children, joined (elements in it are skipped). */
abstract class DirectText implements Frame {
  protected s = '';
  open(): Frame {
    return SKIP;
  }
  text(s: string, cdata: boolean): void {
    // The tree reader decodes CDATA too (its escapes read as characters); kept so the models agree.
    this.s += cdata ? decode(s) : s;
  }
  abstract close(): void;
}

/** `w:t`: text the run shows. */
class RunText extends DirectText {
  constructor(private readonly run: RunState) {
    super();
  }
  close(): void {
    this.run.emit(this.s);
  }
}

/** `w:instrText`: the instruction of the innermost field, while it is in its instruction. */
class InstrText extends DirectText {
  constructor(private readonly ctx: ReadContext) {
    super();
  }
  close(): void {
    const top = this.ctx.fields[this.ctx.fields.length - 1];
    if (top && top.phase === 'instr') top.instr += this.s;
  }
}

/** Every `w:txbxContent` under a drawing, recorded, one branch of each alternate, not inside another box. */
class TextBoxes extends Dispatch {
  constructor(private readonly out: Recorded[]) {
    super();
  }
  open(name: string): Frame {
    if (name === 'w:txbxContent') return new RecordFrame((e) => this.out.push(e));
    if (name === 'mc:AlternateContent') return new Alternate(() => this);
    return this;
  }
}

/** A block-level `w:sdt`: its props, then its content as a block list (ids `b5.b0`…). */
class BlockControlFrame extends Dispatch {
  private readonly control: BlockContentControl;
  private prSeen = false;
  private contentSeen = false;
  constructor(
    id: string,
    private readonly list: Blocks,
  ) {
    super();
    this.control = { kind: 'blockControl', id, cc: {}, children: [] };
  }
  open(name: string, attrs: Attrs): Frame {
    if (name === 'w:sdtPr' && !this.prSeen) {
      this.prSeen = true;
      return new CaptureFrame(name, attrs, (n) => (this.control.cc = readSdtPr(n, this.list.ctx)));
    }
    if (name === 'w:sdtContent' && !this.contentSeen) {
      this.contentSeen = true;
      return new Blocks(`${this.control.id}.`, this.list.ctx, false, this.control.children, { n: 0 });
    }
    return SKIP;
  }
  override close(): void {
    this.list.out.push(this.control);
  }
}

/** A `w:tbl`: its `w:tblPr`, and its rows (`readTable`). */
class TableFrame extends Dispatch {
  readonly table: Table;
  private prSeen = false;
  private readonly rows: Rows;
  constructor(
    id: string,
    private readonly list: Blocks,
  ) {
    super();
    this.table = { kind: 'table', id, rows: [] };
    this.rows = new Rows(this.table, undefined, list.ctx);
  }
  open(name: string, attrs: Attrs): Frame {
    if (name === 'w:tblPr' && !this.prSeen) {
      this.prSeen = true;
      return new CaptureFrame(name, attrs, (n) => tableProps(this.table, n, this.list.ctx));
    }
    return this.rows.open(name, attrs);
  }
  override close(): void {
    this.list.out.push(this.table);
  }
}

/** A table's row list, or a row control's content, or a wrapper's (`collectRows`). */
class Rows extends Dispatch {
  constructor(
    readonly table: Table,
    readonly cc: ContentControlProps | undefined,
    readonly ctx: ReadContext,
  ) {
    super();
  }
  open(name: string, _attrs: Attrs): Frame {
    if (name === 'w:tr') return new RowFrame(this);
    if (name === 'w:sdt') return new PropsFirst((sdtPr) => new Rows(this.table, readSdtPr(sdtPr, this.ctx), this.ctx));
    if (name === 'w:customXml' || name === 'w:ins' || name === 'w:moveTo') {
      if (name !== 'w:customXml') this.ctx.tracked.insertions++;
      return this;
    }
    return SKIP;
  }
}

/**
 * A row or cell `w:sdt`: its `w:sdtPr` is needed before its content (the rows or
 * cells it holds carry it), so content met before it is recorded until the end.
 */
class PropsFirst extends Dispatch {
  private prSeen = false;
  private sdtPr: XNode | undefined;
  private content: Frame | undefined;
  private waiting: Recorded | undefined;
  private contentSeen = false;
  constructor(private readonly reader: (sdtPr: XNode | undefined) => Frame) {
    super();
  }
  private frame(): Frame {
    return (this.content ??= this.reader(this.sdtPr));
  }
  open(name: string, attrs: Attrs): Frame {
    if (name === 'w:sdtPr' && !this.prSeen) {
      this.prSeen = true;
      return new CaptureFrame(name, attrs, (n) => (this.sdtPr = n));
    }
    if (name === 'w:sdtContent' && !this.contentSeen) {
      this.contentSeen = true;
      if (this.prSeen) return this.frame();
      return new RecordFrame((e) => (this.waiting = e));
    }
    return SKIP;
  }
  override close(): void {
    const content = this.frame(); // the props are read even when there is no content
    if (this.waiting) replay(this.waiting, content);
  }
}

/**
 * A `w:tr`. Its `w:trPr` says whether the row is there at all (a tracked
 * deletion), so the row starts at the first child that is neither it nor
 * `w:tblPrEx` (the schema's order, which Word and LibreOffice keep).
 */
class RowFrame extends Dispatch {
  private trPr: XNode | undefined;
  private prSeen = false;
  private started = false;
  private row: TableRow | undefined;
  private cells: Cells | undefined;
  constructor(private readonly rows: Rows) {
    super();
  }
  private start(): Cells | undefined {
    if (!this.started) {
      this.started = true;
      this.row = rowOf(this.trPr, this.rows.table, this.rows.cc, this.rows.ctx);
      if (this.row) this.cells = new Cells(this.row, undefined, this.rows.ctx);
    }
    return this.cells;
  }
  open(name: string, attrs: Attrs): Frame {
    if (!this.started) {
      if (name === 'w:trPr' && !this.prSeen) {
        this.prSeen = true;
        return new CaptureFrame(name, attrs, (n) => (this.trPr = n));
      }
      if (name === 'w:tblPrEx' || name === 'w:trPr') return SKIP;
    }
    const cells = this.start();
    return cells ? cells.open(name, attrs) : SKIP;
  }
  override close(): void {
    this.start();
    if (this.row) this.rows.table.rows.push(this.row);
  }
}

/** A row's cell list, or a cell control's content, or a `w:customXml`'s (`collectCells`). */
class Cells extends Dispatch {
  constructor(
    readonly row: TableRow,
    readonly cc: ContentControlProps | undefined,
    readonly ctx: ReadContext,
  ) {
    super();
  }
  open(name: string, _attrs: Attrs): Frame {
    if (name === 'w:tc') return new CellFrame(this);
    if (name === 'w:sdt') return new PropsFirst((sdtPr) => new Cells(this.row, readSdtPr(sdtPr, this.ctx), this.ctx));
    if (name === 'w:customXml') return this;
    return SKIP;
  }
}

/** A `w:tc`: in the row at once (ids), its `w:tcPr`, its blocks (ids `…c1.b0`). */
class CellFrame extends Dispatch {
  private readonly cell: TableCell;
  private readonly blocks: Blocks;
  private prSeen = false;
  private ccDone = false;
  constructor(private readonly cells: Cells) {
    super();
    const ctx = cells.ctx;
    ctx.budget.cell();
    const id = `${cells.row.id}.c${cells.row.cells.length}`;
    this.cell = { id, blocks: [] };
    cells.row.cells.push(this.cell);
    this.blocks = new Blocks(`${id}.`, ctx, false, this.cell.blocks, { n: 0 });
  }
  /** The cell's control, after its props (the tree reader's key order). */
  private setCc(): void {
    if (this.ccDone) return;
    this.ccDone = true;
    if (this.cells.cc) this.cell.cc = this.cells.cc;
  }
  open(name: string, attrs: Attrs): Frame {
    if (name === 'w:tcPr' && !this.prSeen) {
      this.prSeen = true;
      return new CaptureFrame(name, attrs, (n) => {
        cellProps(this.cell, n, this.cells.ctx);
        this.setCc();
      });
    }
    this.setCc();
    return this.blocks.open(name, attrs);
  }
  override close(): void {
    if (!this.prSeen) cellProps(this.cell, undefined, this.cells.ctx);
    this.setCc();
  }
}
