import { errors } from '../errors.js';
import { isDocument } from '../doc/tree.js';
import { LOCATIONS } from '../members.generated.js';
import { ClientObjectImpl } from '../runtime/client-object.js';
import { ClientResultImpl } from '../runtime/client-result.js';
import { ContentControlCollectionImpl, ParagraphCollectionImpl, RangeCollectionImpl, TableCollectionImpl } from './collections.js';
import type { ContentControlImpl } from './content-control.js';
import { FontImpl } from './font.js';
import { make } from './makers.js';
import { blocksFor, fragmentOf, insertFragment, readFileFragment, readFragment } from './ooxml.js';
import { blocksToHtml, htmlToBlocks } from '../doc/html.js';
import type { ParagraphImpl } from './paragraph.js';
import { insertBreakAt, textRanges } from './range-breaks.js';
import { clearAt, insertControlAt, insertParagraphAt, insertTableAt, insertTextAt } from './range-edit.js';
import { rangeFor, type RangeLocation } from './range-location.js';
import { at, endPoint, startPoint, type RangeTarget } from './range-target.js';
import type { RangeImpl } from './range.js';
import { searchIn, type SearchOptions } from './search.js';
import type { TableImpl } from './table.js';

/**
 * What Body, Paragraph, ContentControl and Range have in common in Word's API: one
 * implementation over the range each stands for, so the four classes cannot drift
 * apart. Each method accepts the locations Microsoft's signature for that class
 * allows (LOCATIONS, generated from @types/office-js); others fail InvalidArgument at sync.
 */
export abstract class RangeLikeImpl<T> extends ClientObjectImpl<T> {
  /** The range this object stands for (called inside sync). */
  protected abstract _range(): RangeTarget;

  protected get _state() {
    return this.context._host.state;
  }

  /** Refuses a location the class's signature does not list, or that this object cannot take. */
  protected _where<W extends string>(method: string, where: W): W {
    const allowed = LOCATIONS[`${this._class}.${method}`];
    if (allowed && !allowed.includes(where)) throw errors.invalidArgument(`${this._class}.${method} location '${where}' (allowed: ${allowed.join(', ')})`);
    this._checkInsert(method, where);
    return where;
  }
  /** Class-specific refusals (a content control that holds no paragraphs, …). */
  protected _checkInsert(_method: string, _where: string): void {}

  get font(): FontImpl {
    return this._memo('font', () => new FontImpl(this.context, () => this._range()));
  }
  get paragraphs(): ParagraphCollectionImpl {
    return this._memo('paragraphs', () => ParagraphCollectionImpl.of(this as never, 'paragraphs', () => this._range()));
  }
  get tables(): TableCollectionImpl {
    return this._memo('tables', () => TableCollectionImpl.of(this as never, 'tables', () => this._range()));
  }
  get contentControls(): ContentControlCollectionImpl {
    return this._memo('contentControls', () => ContentControlCollectionImpl.of(this as never, 'contentControls', () => this._range()));
  }
  /** WordApi 1.5. */
  getContentControls(options?: { types?: string[] }): ContentControlCollectionImpl {
    return ContentControlCollectionImpl.of(this as never, 'getContentControls', () => this._range(), options);
  }

  insertText(text: string, location: string): RangeImpl {
    const r = make.range(this.context, () => null);
    this._op('insertText', () => r._bind(insertTextAt(this._state, this._range(), text, this._where('insertText', location) as never)), true);
    return r;
  }
  insertParagraph(text: string, location: string): ParagraphImpl {
    const p = make.paragraph(this.context, () => null);
    this._op('insertParagraph', () => p._bind(insertParagraphAt(this._state, this._range(), text, this._where('insertParagraph', location) as never)), true);
    return p;
  }
  insertContentControl(): ContentControlImpl {
    const cc = make.contentControl(this.context, () => null);
    this._op('insertContentControl', () => cc._bind(insertControlAt(this._state, this._range())), true);
    return cc;
  }
  insertTable(rowCount: number, columnCount: number, location: string, values?: string[][]): TableImpl {
    const t = make.table(this.context, () => null);
    this._op(
      'insertTable',
      () => t._bind(insertTableAt(this._state, this._range(), rowCount, columnCount, this._where('insertTable', location) as never, values)),
      true,
    );
    return t;
  }
  /**
   * Inserts flat OPC (`pkg:package`), read through `@cds/docx`: block and inline content
   * controls with their tags, paragraphs with styles, numbering and formatting, tables.
   * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertooxml-member(1)
   */
  insertOoxml(ooxml: string, location: string): RangeImpl {
    const r = make.range(this.context, () => null);
    this._op(
      'insertOoxml',
      () => {
        const where = this._where('insertOoxml', location);
        r._bind(insertFragment(this._state, this._range(), readFragment(this._state, ooxml), where as never));
      },
      true,
    );
    return r;
  }
  /**
   * WordApi 1.1: a whole .docx (base64) inserted like insertOoxml content (its body;
   * its headers and settings are not merged).
   * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-insertfilefrombase64-member(1)
   */
  insertFileFromBase64(base64File: string, location: string): RangeImpl {
    const r = make.range(this.context, () => null);
    this._op(
      'insertFileFromBase64',
      () => {
        const where = this._where('insertFileFromBase64', location);
        r._bind(insertFragment(this._state, this._range(), readFileFragment(this._state, base64File), where as never));
      },
      true,
    );
    return r;
  }
  /**
   * WordApi 1.3: the text cut at `delimiters`; trimDelimiters leaves them out, trimSpacing
   * trims spaces. https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-split-member(1)
   */
  split(delimiters: string[], a?: boolean, b?: boolean, c?: boolean): RangeCollectionImpl {
    // Range and ContentControl: (delimiters, multiParagraphs, trimDelimiters, trimSpacing); Paragraph: (delimiters, trimDelimiters, trimSpacing).
    const [trimDelimiters, trimSpacing] = this._class === 'Paragraph' ? [a ?? false, b ?? false] : [b ?? false, c ?? false];
    return new RangeCollectionImpl(this.context, () => {
      this._check('split');
      return textRanges(this._state.index(), this._range(), delimiters, trimSpacing, trimDelimiters);
    });
  }
  /**
   * WordApi 1.1: HTML inserted like insertOoxml content, from the HTML a plan uses (p, h1–h6,
   * lists, tables, b/i/u, colour, font, size); other markup keeps only its text.
   * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-inserthtml-member(1)
   */
  insertHtml(html: string, location: string): RangeImpl {
    const r = make.range(this.context, () => null);
    this._op(
      'insertHtml',
      () => {
        const where = this._where('insertHtml', location);
        const blocks = htmlToBlocks(String(html), () => this._state.nextId());
        if (!blocks.length) throw errors.invalidArgument('insertHtml: no content');
        r._bind(insertFragment(this._state, this._range(), blocks, where as never));
      },
      true,
    );
    return r;
  }
  /** WordApi 1.1: the content as clean HTML (Word's own is a whole Mso-styled document). */
  getHtml(): ClientResultImpl<string> {
    const result = new ClientResultImpl<string>();
    this._op('getHtml', () => {
      const html = blocksToHtml(blocksFor(this._state.index(), this._range()));
      this.context._commits?.push(() => result._set(html));
    });
    return result;
  }
  /** The object's content as flat OPC, written by `@cds/docx`. */
  getOoxml(): ClientResultImpl<string> {
    const result = new ClientResultImpl<string>();
    this._op('getOoxml', () => {
      const xml = fragmentOf(this._state, this._range());
      this.context._commits?.push(() => result._set(xml));
    });
    return result;
  }
  /** Line and section breaks (the model has no page break: refused loudly). */
  insertBreak(breakType: string, location: string): void {
    this._op('insertBreak', () => insertBreakAt(this._state, this._range(), breakType, this._where('insertBreak', location)), true);
  }
  getRange(location?: RangeLocation): RangeImpl {
    return make.range(this.context, () => {
      this._check('getRange');
      if (location !== undefined) this._where('getRange', location);
      const r = this._range();
      if (r.kind === 'whole') return rangeFor(this._state.index(), r.node, location);
      if (!location || location === 'Whole' || location === 'Content') return r;
      const idx = this._state.index();
      const p = location === 'Start' || location === 'Before' ? startPoint(idx, r) : endPoint(idx, r);
      return at(p!);
    });
  }
  search(text: string, options?: SearchOptions): RangeCollectionImpl {
    return new RangeCollectionImpl(this.context, () => {
      this._check('search');
      return searchIn(this._state.index(), this._range(), text, options);
    });
  }
  /** WordApi 1.3: the text split at any of `endingMarks` (and at paragraph ends). */
  getTextRanges(endingMarks: string[], trimSpacing = false): RangeCollectionImpl {
    return new RangeCollectionImpl(this.context, () => {
      this._check('getTextRanges');
      return textRanges(this._state.index(), this._range(), endingMarks, trimSpacing);
    });
  }
  clear(): void {
    this._op('clear', () => clearAt(this._state, this._range()), true);
  }
  select(): void {
    this._op('select', () => {
      const r = this._range();
      if (r.kind === 'whole') this._state.selection = isDocument(r.node) ? undefined : { kind: 'node', node: r.node };
      else if (r.kind === 'span') this._state.selection = { ...r };
      else this._state.selection = { kind: 'span', paragraph: r.from.paragraph, start: r.from.offset, end: r.from.offset };
    });
  }
}
