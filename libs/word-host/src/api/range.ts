
import { applyStyle, styleBuiltIn, styleName } from '../doc/styles.js';
import { isControl, isDocument, nearest, type Control } from '../doc/tree.js';
import { assertEditable, markChanged } from '../doc/edit.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import { ClientResultImpl } from '../runtime/client-result.js';
import type { HostContext } from '../runtime/context.js';
import { ContentControlCollectionImpl, ParagraphCollectionImpl, RangeCollectionImpl } from './collections.js';
import { ContentControlImpl } from './content-control.js';
import { FontImpl } from './font.js';
import { ParagraphImpl } from './paragraph.js';
import { rangeFor, type RangeLocation } from './range-location.js';
import { clearAt, deleteAt, insertControlAt, insertParagraphAt, insertTextAt } from './range-edit.js';
import {
  rangeAlive,
  rangeExtent,
  rangeParagraphs,
  rangeText,
  type RangeTarget,
} from './range-target.js';
import { searchIn, type SearchOptions } from './search.js';

/** Word.LocationRelation between two [start, end) extents. */
export function relation([a0, a1]: [number, number], [b0, b1]: [number, number]): string {
  if (a0 === b0 && a1 === b1) return 'Equal';
  if (a1 === b0) return 'AdjacentBefore';
  if (b1 === a0) return 'AdjacentAfter';
  if (a1 < b0) return 'Before';
  if (a0 > b1) return 'After';
  if (a0 <= b0 && a1 >= b1) return a0 === b0 ? 'ContainsStart' : a1 === b1 ? 'ContainsEnd' : 'Contains';
  if (a0 >= b0 && a1 <= b1) return a0 === b0 ? 'InsideStart' : a1 === b1 ? 'InsideEnd' : 'Inside';
  return a0 < b0 ? 'OverlapsBefore' : 'OverlapsAfter';
}

/** `Word.Range`. https://learn.microsoft.com/javascript/api/word/word.range */
export class RangeImpl extends ClientObjectImpl<RangeTarget> {
  readonly _class = 'Range';
  protected _props(): Props<RangeTarget> {
    return RANGE_PROPS as Props<RangeTarget>;
  }
  protected override _navs(): readonly string[] {
    return ['font', 'paragraphs', 'contentControls', 'parentContentControlOrNullObject'];
  }
  protected override _alive(t: RangeTarget): boolean {
    return rangeAlive(this.context._host.state.index(), t);
  }
  private get host() {
    return this.context._host.state;
  }
  get font(): FontImpl {
    return this._memo('font', () => new FontImpl(this.context, () => this._require()));
  }
  get paragraphs(): ParagraphCollectionImpl {
    return this._memo('paragraphs', () => ParagraphCollectionImpl.of(this, 'paragraphs'));
  }
  get contentControls(): ContentControlCollectionImpl {
    return this._memo('contentControls', () => ContentControlCollectionImpl.of(this, 'contentControls'));
  }
  /** WordApi 1.5. */
  getContentControls(options?: { types?: string[] }): ContentControlCollectionImpl {
    return ContentControlCollectionImpl.of(this, 'getContentControls', options);
  }
  get parentContentControlOrNullObject(): ContentControlImpl {
    return this._memo('parentContentControlOrNullObject', () => {
      const cc = new ContentControlImpl(this.context, () => {
        this._check('parentContentControlOrNullObject');
        const r = this._require();
        const n = r.kind === 'span' ? r.paragraph : r.node;
        if (isDocument(n)) return null;
        return nearest(this.host.index(), n, (x): x is Control => isControl(x)) ?? null;
      }, true);
      cc._op('parentContentControlOrNullObject', () => void cc._resolve(), false, true);
      return cc;
    });
  }
  insertContentControl(): ContentControlImpl {
    const cc = new ContentControlImpl(this.context, () => null);
    this._op('insertContentControl', () => cc._bind(insertControlAt(this.host, this._require())), true);
    return cc;
  }
  insertParagraph(text: string, location: 'Before' | 'After'): ParagraphImpl {
    const p = new ParagraphImpl(this.context, () => null);
    this._op('insertParagraph', () => p._bind(insertParagraphAt(this.host, this._require(), text, location)), true);
    return p;
  }
  insertText(text: string, location: 'Replace' | 'Start' | 'End' | 'Before' | 'After'): RangeImpl {
    const r = new RangeImpl(this.context, () => null);
    this._op('insertText', () => r._bind(insertTextAt(this.host, this._require(), text, location)), true);
    return r;
  }
  /** WordApi 1.3. https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-comparelocationwith-member(1) */
  compareLocationWith(range: RangeImpl): ClientResultImpl<string> {
    this._sameContext(range);
    const result = new ClientResultImpl<string>();
    this._op('compareLocationWith', () => {
      const idx = this.host.index();
      const rel = relation(rangeExtent(idx, this._require()), rangeExtent(idx, range._require()));
      this.context._commits?.push(() => result._set(rel));
    });
    return result;
  }
  getRange(location?: RangeLocation): RangeImpl {
    return new RangeImpl(this.context, () => {
      this._check('getRange');
      const r = this._require();
      if (!location || location === 'Whole' || location === 'Content') return r;
      if (r.kind === 'span') {
        const at = location === 'Start' || location === 'Before' ? r.start : r.end;
        return { kind: 'span', paragraph: r.paragraph, start: at, end: at };
      }
      return rangeFor(this.host.index(), r.node as never, location);
    });
  }
  search(text: string, options?: SearchOptions): RangeCollectionImpl {
    return new RangeCollectionImpl(this.context, () => {
      this._check('search');
      return searchIn(this.host.index(), this._require(), text, options);
    });
  }
  select(): void {
    this._op('select', () => {
      const r = this._require();
      this.host.selection = r.kind === 'span' ? { ...r } : { kind: 'node', node: r.node as never };
    });
  }
  delete(): void {
    this._op('delete', () => deleteAt(this.host, this._require()), true);
  }
  clear(): void {
    this._op('clear', () => clearAt(this.host, this._require()), true);
  }
}

const RANGE_PROPS = {
  text: { get: (r: RangeTarget) => rangeText(r) },
  isEmpty: { get: (r: RangeTarget) => rangeText(r).length === 0 },
  style: {
    get: (r: RangeTarget, ctx: HostContext) => {
      const p = rangeParagraphs(ctx._host.state.index(), r)[0];
      return p ? styleName(p) : 'Normal';
    },
    set: (r: RangeTarget, v: string, ctx: HostContext) => {
      const host = ctx._host.state;
      for (const p of rangeParagraphs(host.index(), r)) {
        assertEditable(host, p);
        applyStyle(p, v);
        markChanged(host, p);
      }
    },
  },
  styleBuiltIn: {
    get: (r: RangeTarget, ctx: HostContext) => {
      const p = rangeParagraphs(ctx._host.state.index(), r)[0];
      return p ? styleBuiltIn(p) : 'Normal';
    },
  },
};
defineAccessors(RangeImpl, RANGE_PROPS as Props<never>);
export interface RangeImpl {
  readonly text: string;
  readonly isEmpty: boolean;
  style: string;
  readonly styleBuiltIn: string;
}
