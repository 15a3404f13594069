import type { HostContext } from './context.js';
import type { ClientObjectImpl } from './client-object.js';

/** What other parts need from any proxy, whatever its target type. */
export interface ProxyLike<T = unknown> {
  readonly context: HostContext;
  _tracked: boolean;
  _released: boolean;
  _stable: boolean;
  _check(member: string): void;
  _require(): T;
  _op(member: string, fn: () => void, mutates?: boolean, skipSetCheck?: boolean): void;
}

/** How the host reads (and, if settable, writes) one scalar property of a target. */
export interface PropDesc<T> {
  get: (t: T, ctx: HostContext) => unknown;
  set?: (t: T, v: never, ctx: HostContext) => void;
  /** Checked at the assignment itself: values the host cannot represent fail loudly there. */
  accept?: (v: never) => void;
}
export type Props<T> = Record<string, PropDesc<T>>;

/** Defines office.js-style accessors on a class prototype: getters read the snapshot, setters queue writes. */
export function defineAccessors(cls: { prototype: object }, props: Props<never>): void {
  for (const [name, desc] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ClientObjectImpl) {
        return (this as unknown as { _read: (n: string) => unknown })._read(name);
      },
      // Read-only properties get no setter: assigning throws a TypeError in strict code, as with office.js.
      ...(desc.set
        ? {
            set(this: ClientObjectImpl, v: unknown) {
              (this as unknown as { _write: (n: string, v: unknown) => void })._write(name, v);
            },
          }
        : {}),
    });
  }
}
