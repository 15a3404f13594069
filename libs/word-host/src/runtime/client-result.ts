import { errors } from '../errors.js';

/** `OfficeExtension.ClientResult<T>`: a method's return value, readable after the sync that ran it. */
export class ClientResultImpl<T> {
  private loaded = false;
  private v: T | undefined;

  get value(): T {
    if (!this.loaded) throw errors.valueNotLoaded();
    return this.v as T;
  }

  /** Set by the host when the sync that ran the method completes. */
  _set(v: T): void {
    this.v = v;
    this.loaded = true;
  }
}
