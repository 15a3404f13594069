import { MESSAGES } from '../messages.js';
import { MEMBERS } from '../members.generated.js';

/** Which of Microsoft's declarations an object stands for. */
export type Namespace = keyof typeof MEMBERS;

/**
 * Thrown, at once, when add-in code reads, writes or calls a member that Microsoft's
 * types declare but the host does not implement. It is deliberately not a
 * `RichApi.Error`: no add-in error handling should mistake it for Word's answer.
 */
export class NotImplementedError extends Error {
  override readonly name = 'NotImplementedError';
  constructor(readonly member: string) {
    super(MESSAGES.notImplemented(member));
  }
}

/** `rw …`, `ro …` or `fn …` for a declared member; undefined when the types do not declare it. */
export function declared(ns: Namespace, cls: string, member: string): string | undefined {
  const c = MEMBERS[ns][cls];
  return c && Object.hasOwn(c, member) ? c[member] : undefined;
}

/** True for a class of the Word namespace (a navigation property's type). */
export const isWordClass = (name: string): boolean => Object.hasOwn(MEMBERS.Word, name);

/** Members every ClientObject has (OfficeExtension.ClientObject), whatever its class. */
const COMMON = new Set(['context', 'load', 'set', 'toJSON', 'track', 'untrack', 'isNullObject']);

function descriptor(o: object, key: string): PropertyDescriptor | undefined {
  for (let p: object | null = o; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return d;
  }
  return undefined;
}

/**
 * Wraps a host object so that every member its class declares in `@types/office-js`
 * either works (the host implements it) or fails loudly with NotImplementedError:
 * no read returns `undefined`, no write is dropped, no call is missing. Names the
 * types do not declare behave as on any JavaScript object (as with office.js).
 * Internal names (leading `_`) are never checked.
 */
export function guard<T extends object>(obj: T, ns: Namespace, cls: () => string): T {
  return new Proxy(obj, {
    get(target, key, receiver) {
      if (typeof key === 'symbol' || key.startsWith('_') || Object.hasOwn(target, key) || key in Object.prototype) return Reflect.get(target, key, receiver);
      if (declared(ns, cls(), key) || COMMON.has(key)) {
        if (key in target) return Reflect.get(target, key, receiver);
        throw new NotImplementedError(`${cls()}.${key}`);
      }
      // Not a member of this class in Word: absent, as on the real object, even where
      // the host shares code with a class that has it (Body has no expandTo).
      return undefined;
    },
    set(target, key, value, receiver) {
      if (typeof key === 'symbol' || key.startsWith('_')) return Reflect.set(target, key, value, receiver);
      const d = descriptor(target, key);
      const decl = declared(ns, cls(), key);
      if (d && (d.set || ('value' in d && d.writable))) return Reflect.set(target, key, value, receiver);
      if (d && decl?.startsWith('ro')) throw new TypeError(MESSAGES.readOnly(`${cls()}.${key}`));
      if (decl) throw new NotImplementedError(`${cls()}.${key}`);
      if (d) throw new TypeError(MESSAGES.readOnly(`${cls()}.${key}`));
      return Reflect.set(target, key, value, receiver);
    },
  });
}
