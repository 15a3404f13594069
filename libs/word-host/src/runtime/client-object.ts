import { errors } from '../errors.js';
import { MESSAGES } from '../messages.js';
import { missingSetFor } from '../requirements.js';
import type { HostContext } from './context.js';
import { declared, guard, isWordClass } from './guard.js';
import { parseLoad, type LoadArg, type LoadSpec } from './load-spec.js';
import type { Props, ProxyLike } from './props.js';

export { defineAccessors, type PropDesc, type Props, type ProxyLike } from './props.js';

const copy = (v: unknown): unknown => (typeof v === 'object' && v !== null ? structuredClone(v) : v);

/**
 * `OfficeExtension.ClientObject`: a proxy whose path is resolved inside `sync()`.
 * Property values exist only after `load()` + `sync()` and are a snapshot of that sync.
 */
export abstract class ClientObjectImpl<T = unknown> {
  abstract readonly _class: string;
  _cache = new Map<string, unknown>();
  _tracked = false;
  _released = false;
  /** Reachable from the root by properties only (document, body, …): never released at the end of a batch. */
  _stable = false;
  _isNull: boolean | undefined;
  _resolved = false;
  _target: T | null = null;

  constructor(
    readonly context: HostContext,
    protected readonly _path: () => T | null,
    /** Created by an *OrNullObject method: a missing target is a null object, not an error. */
    readonly _nullable = false,
    /** Re-resolved at every use (collections, which Word re-queries). */
    readonly _dynamic = false,
  ) {
    // Every proxy refuses, loudly, the members of its Word class that the host lacks.
    const guarded = guard(this, 'Word', () => this._class);
    context._objects.push(guarded);
    return guarded;
  }

  /** Scalar properties of this class. */
  protected abstract _props(): Props<T>;
  /** Navigation property names that `load('nav/prop')` may follow. */
  protected _navs(): readonly string[] {
    return [];
  }

  /** "You must call context.sync() before reading the isNullObject property." (OfficeExtension.ClientObject docs) */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw errors.propertyNotLoaded('isNullObject');
    return this._isNull;
  }

  private _memos = new Map<string, unknown>();
  /** Navigation properties return the same proxy every time, as office.js caches them. */
  protected _memo<X>(key: string, make: () => X): X {
    if (!this._memos.has(key)) {
      const made = make();
      if (made instanceof ClientObjectImpl) made._stable = this._stable;
      this._memos.set(key, made);
    }
    return this._memos.get(key) as X;
  }

  track(): this {
    this._tracked = true;
    return this;
  }

  untrack(): this {
    this._tracked = false;
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._cache);
  }

  load(arg?: LoadArg): this {
    const spec = parseLoad(arg, false);
    this._op('load', () => this._loadNow(spec), false, true);
    return this;
  }

  /**
   * `set(properties, options)`: assigns the writable properties and recurses into
   * navigation properties (`paragraph.set({ font: { bold: true } })`); a read-only
   * property fails with InvalidArgument unless `throwOnReadOnly: false`.
   * https://learn.microsoft.com/javascript/api/office/officeextension.updateoptions
   * Word ignores names the class does not have; the host refuses them (InvalidArgument)
   * so that a misspelt property cannot pass a test silently.
   */
  set(properties: object, options?: { throwOnReadOnly?: boolean }): void {
    const values: Record<string, unknown> = properties instanceof ClientObjectImpl ? properties.toJSON() : { ...(properties as Record<string, unknown>) };
    const throwOnReadOnly = options?.throwOnReadOnly ?? true;
    const self = this as unknown as Record<string, unknown>;
    const plan: (() => void)[] = [];
    for (const [key, v] of Object.entries(values)) {
      const decl = declared('Word', this._class, key);
      if (!decl) throw errors.invalidArgument(`${this._class} has no property '${key}'`);
      const [access, type] = [decl.slice(0, 2), decl.slice(3)];
      const navClass = /^Word\.(\w+)$/.exec(type)?.[1];
      if (access === 'rw') plan.push(() => (self[key] = v));
      else if (access === 'ro' && navClass && typeof v === 'object' && v !== null && isWordClass(navClass))
        plan.push(() => (self[key] as ClientObjectImpl).set(v, options));
      else if (access === 'fn') throw errors.invalidArgument(`${this._class}.${key} is a method`);
      else if (throwOnReadOnly) throw errors.invalidArgument(MESSAGES.readOnlyInSet(`${this._class}.${key}`));
    }
    for (const p of plan) p();
  }

  /** Reads a loaded property; throws PropertyNotLoaded as office.js does. */
  protected _read<V>(name: string): V {
    if (this._cache.has(name)) return this._cache.get(name) as V;
    if (this._isNull === true) return null as V;
    throw errors.propertyNotLoaded(name);
  }

  /** Queues a property write; the local value is visible at once, as in office.js. */
  protected _write(name: string, v: unknown): void {
    const desc = this._props()[name];
    desc?.accept?.(v as never);
    this._cache.set(name, v);
    this._op(
      `${name}`,
      () => {
        const t = this._require();
        desc?.set?.(t, v as never, this.context);
      },
      true,
    );
  }

  /** Queues a statement on this object. */
  _op(member: string, fn: () => void, mutates = false, skipSetCheck = false): void {
    if (this._released) throw errors.invalidObjectPath();
    this.context._enqueue({
      label: `${this._class}.${member}`,
      mutates,
      run: () => {
        if (!skipSetCheck) this._check(member);
        fn();
      },
    });
  }

  /** Throws ApiNotFound when `Class.member` is outside the host's requirement sets. */
  _check(member: string): void {
    const missing = missingSetFor(this.context._host.state.sets, `${this._class}.${member}`);
    if (missing) throw errors.apiNotFound(`${this._class}.${member}`, missing);
  }

  /** Resolves the proxy's path (inside sync). Null only for null objects. */
  _resolve(): T | null {
    if (this._released) throw errors.invalidObjectPath();
    if (!this._resolved || this._dynamic) {
      const t = this._path();
      this._target = t;
      this._resolved = true;
      const isNull = t === null;
      this.context._commits?.push(() => (this._isNull = isNull));
      if (isNull && !this._nullable) throw errors.itemNotFound(this._class);
      return t;
    }
    if (this._target !== null && !this._alive(this._target)) throw errors.itemNotFound(`${this._class} was deleted`);
    return this._target;
  }

  /** Resolves and insists on a real object (methods cannot run on a null object). */
  _require(): T {
    const t = this._resolve();
    if (t === null) throw errors.itemNotFound(`${this._class} is a null object`);
    return t;
  }

  /** Whether a resolved target still exists in the document. */
  protected _alive(t: T): boolean {
    if (typeof t !== 'object' || t === null) return true;
    if (!('kind' in t) && !('cells' in t) && !('blocks' in t)) return true;
    return this.context._host.state.index().locs.has(t);
  }

  /** Marks the proxy as already resolved to `t` (collection items, objects a method created). */
  _bind(t: T): this {
    this._target = t;
    this._resolved = true;
    this._isNull = false;
    return this;
  }

  _loadNow(spec: LoadSpec): void {
    const t = this._resolve();
    const props = this._props();
    const navs = this._navs();
    const sets = this.context._host.state.sets;
    const names = spec.scalars === 'all' ? Object.keys(props).filter((n) => !missingSetFor(sets, `${this._class}.${n}`)) : spec.scalars;
    for (const n of names) {
      const desc = props[n];
      if (desc) {
        this._check(n);
        const v = t === null ? null : copy(desc.get(t, this.context));
        this.context._commits?.push(() => this._cache.set(n, v));
      } else if (navs.includes(n)) {
        this._check(n);
        if (t !== null) this._nav(n)._loadNow({ scalars: 'all', navs: new Map() });
      } else {
        throw errors.invalidArgument(`${this._class} has no property '${n}'`);
      }
    }
    for (const [n, sub] of spec.navs) {
      if (!navs.includes(n)) throw errors.invalidArgument(`${this._class} has no navigation property '${n}'`);
      this._check(n);
      if (t !== null) this._nav(n)._loadNow(sub);
    }
  }

  protected _nav(name: string): ClientObjectImpl<unknown> {
    return (this as unknown as Record<string, ClientObjectImpl<unknown>>)[name]!;
  }

  /** Rejects proxies from another request context, as office.js does before sending. */
  protected _sameContext(other: ProxyLike<unknown>): void {
    if (other.context !== this.context) throw errors.invalidRequestContext();
  }
}
