import { isControl, isDocument, nearest, type Control } from '../doc/tree.js';
import { defineAccessors, type Props } from '../runtime/client-object.js';
import { ClientResultImpl } from '../runtime/client-result.js';
import type { HostContext } from '../runtime/context.js';
import { applyStyle, styleBuiltIn, styleName } from '../doc/styles.js';
import { assertEditable, markChanged } from '../doc/edit.js';
import type { ContentControlImpl } from './content-control.js';
import { make } from './makers.js';
import { PAGE_FIELD_TEXT } from '../doc/stories.js';
import { apiText } from '../doc/text.js';
import { NotImplementedError } from '../runtime/guard.js';
import { FieldImpl } from './field.js';
import { inlineTextOf } from '../doc/tree.js';
import { textRanges } from './range-breaks.js';
import { deleteAt, insertTextAt } from './range-edit.js';
import { RangeLikeImpl } from './range-like.js';
import { endPoint, pointPos, rangeAlive, rangeBetween, rangeExtent, rangeParagraphs, rangeText, startPoint, type RangeTarget } from './range-target.js';

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
export class RangeImpl extends RangeLikeImpl<RangeTarget> {
  readonly _class = 'Range';
  protected _props(): Props<RangeTarget> {
    return RANGE_PROPS as Props<RangeTarget>;
  }
  protected override _navs(): readonly string[] {
    return ['font', 'paragraphs', 'contentControls', 'tables', 'parentContentControlOrNullObject'];
  }
  protected override _alive(t: RangeTarget): boolean {
    return rangeAlive(this.context._host.state.index(), t);
  }
  protected _range(): RangeTarget {
    return this._require();
  }
  get parentContentControlOrNullObject(): ContentControlImpl {
    return this._memo('parentContentControlOrNullObject', () => {
      const cc = make.contentControl(
        this.context,
        () => {
          this._check('parentContentControlOrNullObject');
          const r = this._require();
          const n = r.kind === 'span' ? r.paragraph : r.kind === 'between' ? r.from.paragraph : r.node;
          if (isDocument(n)) return null;
          const idx = this._state.index();
          const last = r.kind === 'between' ? r.to.paragraph : undefined;
          let c = nearest(idx, n, (x): x is Control => isControl(x));
          // For a stretch across paragraphs, the innermost control holding both ends.
          while (c && last && !(idx.locs.get(last)?.ancestors.includes(c) ?? false)) c = nearest(idx, c, (x): x is Control => isControl(x));
          return c ?? null;
        },
        true,
      );
      cc._op('parentContentControlOrNullObject', () => void cc._resolve(), false, true);
      return cc;
    });
  }
  /** WordApi 1.3. https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-comparelocationwith-member(1) */
  compareLocationWith(range: RangeImpl): ClientResultImpl<string> {
    this._sameContext(range);
    const result = new ClientResultImpl<string>();
    this._op('compareLocationWith', () => {
      const idx = this._state.index();
      const rel = relation(rangeExtent(idx, this._require()), rangeExtent(idx, range._require()));
      this.context._commits?.push(() => result._set(rel));
    });
    return result;
  }
  private _expand(range: RangeImpl, member: string, nullable: boolean): RangeImpl {
    this._sameContext(range);
    const r = make.range(
      this.context,
      () => {
        this._check(member);
        const idx = this._state.index();
        const a = this._require();
        const b = range._require();
        const [as, bs] = [startPoint(idx, a), startPoint(idx, b)];
        const [ae, be] = [endPoint(idx, a), endPoint(idx, b)];
        if (!as || !bs || !ae || !be) return null;
        const from = pointPos(idx, as) <= pointPos(idx, bs) ? as : bs;
        const to = pointPos(idx, ae) >= pointPos(idx, be) ? ae : be;
        return rangeBetween(from, to);
      },
      nullable,
    );
    if (nullable) r._op(member, () => void r._resolve(), false, true);
    return r;
  }
  /**
   * WordApi 1.3: "a new range that extends from this range in either direction to cover
   * another range"; this range is not changed.
   * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-expandto-member(1)
   */
  expandTo(range: RangeImpl): RangeImpl {
    return this._expand(range, 'expandTo', false);
  }
  expandToOrNullObject(range: RangeImpl): RangeImpl {
    return this._expand(range, 'expandToOrNullObject', true);
  }
  delete(): void {
    this._op('delete', () => deleteAt(this._state, this._require()), true);
  }
  private _nextText(endingMarks: string[], trimSpacing: boolean, nullable: boolean, member: string): RangeImpl {
    const r = make.range(
      this.context,
      () => {
        this._check(member);
        const idx = this._state.index();
        const end = endPoint(idx, this._require());
        if (!end) return null;
        const list = idx.orderOf(end.paragraph).paragraphs;
        const i = list.indexOf(end.paragraph);
        for (const p of list.slice(i)) {
          const from = p === end.paragraph ? end.offset : 0;
          const rest = { kind: 'span' as const, paragraph: p, start: from, end: inlineTextOf(p.inlines).length };
          const next = textRanges(idx, rest, endingMarks, trimSpacing).find((x) => x.kind === 'span' && x.end > x.start);
          if (next) return next;
        }
        return null;
      },
      nullable,
    );
    if (nullable) r._op(member, () => void r._resolve(), false, true);
    return r;
  }
  /**
   * WordApi 1.3: the text range after this one, cut at `endingMarks` (ItemNotFound at the
   * end of the story). https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-getnexttextrange-member(1)
   */
  getNextTextRange(endingMarks: string[], trimSpacing = false): RangeImpl {
    return this._nextText(endingMarks, trimSpacing, false, 'getNextTextRange');
  }
  getNextTextRangeOrNullObject(endingMarks: string[], trimSpacing = false): RangeImpl {
    return this._nextText(endingMarks, trimSpacing, true, 'getNextTextRangeOrNullObject');
  }
  /**
   * WordApi 1.5. Only a PAGE field in a header or footer: that is all the document model
   * keeps of fields (where the page number is); any other field fails loudly.
   * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertfield-member(1)
   */
  insertField(location: string, fieldType: string = 'Empty', text?: string): FieldImpl {
    if (fieldType !== 'Page' || text !== undefined)
      throw new NotImplementedError(
        `Range.insertField('${location}', '${fieldType}'${text === undefined ? '' : ', text'}) (only a PAGE field in a header or footer)`,
      );
    const f = new FieldImpl(this.context, () => null);
    this._op(
      'insertField',
      () => {
        const where = this._where('insertField', location);
        const r = this._require();
        const p = r.kind === 'span' ? r.paragraph : r.kind === 'between' ? r.from.paragraph : undefined;
        const target = p ?? (r.kind === 'whole' ? rangeParagraphs(this._state.index(), r)[0] : undefined);
        const story = target && this._state.index().locs.get(target)?.ancestors[0];
        if (!target || !story || !('story' in story))
          throw new NotImplementedError('Range.insertField in the body (the document model keeps PAGE fields of headers and footers only)');
        const done = insertTextAt(this._state, r, PAGE_FIELD_TEXT, where as never);
        this._state.stories.pageFields.add(target);
        f._bind(done);
      },
      true,
    );
    return f;
  }
}

const RANGE_PROPS = {
  text: { get: (r: RangeTarget, ctx: HostContext) => apiText(rangeText(r, ctx._host.state.index())) },
  isEmpty: { get: (r: RangeTarget, ctx: HostContext) => rangeText(r, ctx._host.state.index()).length === 0 },
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
make.range = (ctx, path, nullable) => new RangeImpl(ctx, path, nullable);
