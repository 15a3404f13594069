import { errors } from '../errors.js';
import { ClientResultImpl } from './client-result.js';
import { ClientObjectImpl, type Props } from './client-object.js';
import type { HostContext } from './context.js';
import { parseLoad, type LoadArg, type LoadSpec } from './load-spec.js';

/**
 * A Word collection proxy (`ParagraphCollection`, `ContentControlCollection`, …).
 * `items` exists only after `load()` + `sync()`; membership is re-queried at each use.
 */
export abstract class CollectionImpl<N, I extends ClientObjectImpl<N>> extends ClientObjectImpl<N[]> {
  private _items: I[] | undefined;

  constructor(context: HostContext, path: () => N[] | null) {
    super(context, path, false, true);
  }

  /** Makes an item proxy for one member. */
  protected abstract _item(path: () => N | null, nullable: boolean): I;

  protected _props(): Props<N[]> {
    return {};
  }

  get items(): I[] {
    if (!this._items) throw errors.propertyNotLoaded('items');
    return this._items;
  }

  override load(arg?: LoadArg): this {
    const spec = parseLoad(arg, true);
    // Word loads a collection's items whatever is named, so samples write load("length")
    // and read items.length (as in Microsoft's Range.footnotes example); 'length' itself
    // is no item property.
    if (Array.isArray(spec.scalars)) spec.scalars = spec.scalars.filter((n) => n !== 'length');
    this._op('load', () => this._loadNow(spec), false, true);
    return this;
  }

  override _loadNow(spec: LoadSpec): void {
    let list = this._require();
    if (spec.skip) list = list.slice(spec.skip);
    if (spec.top !== undefined) list = list.slice(0, spec.top);
    const items = list.map((n) => this._item(() => n, false)._bind(n));
    const itemSpec: LoadSpec = { scalars: spec.scalars, navs: spec.navs };
    for (const it of items) it._loadNow(itemSpec);
    this.context._commits?.push(() => (this._items = items));
  }

  override toJSON(): Record<string, unknown> {
    return { items: this._items?.map((i) => i.toJSON()) ?? [] };
  }

  /** An item found by `pick` at sync; ItemNotFound (or a null object) when there is none. */
  protected _pick(method: string, pick: (list: N[]) => N | undefined, nullable: boolean): I {
    const item = this._item(() => {
      this._check(method);
      return pick(this._require()) ?? null;
    }, nullable);
    // *OrNullObject methods are instantiated in order, so isNullObject is known after the next sync.
    if (nullable) item._op(method, () => void item._resolve(), false, true);
    return item;
  }

  /** The member count at sync, for the collections whose Word API has `getCount()`. */
  protected _count(): ClientResultImpl<number> {
    const r = new ClientResultImpl<number>();
    this._op('getCount', () => {
      const n = this._require().length;
      this.context._commits?.push(() => r._set(n));
    });
    return r;
  }

  getFirst(): I {
    return this._pick('getFirst', (l) => l[0], false);
  }

  getFirstOrNullObject(): I {
    return this._pick('getFirstOrNullObject', (l) => l[0], true);
  }
}
