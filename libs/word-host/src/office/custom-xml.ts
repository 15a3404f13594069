import type { HostState } from '../runtime/state.js';
import { failed, succeeded, type Callback } from './file.js';

/** The root element's default namespace, if any. */
export function rootNamespace(xml: string): string {
  const m = /<(?:[\w.-]+:)?[\w.-]+[^>]*?\sxmlns="([^"]*)"/.exec(xml.replace(/<\?xml[^>]*\?>/, ''));
  return m?.[1] ?? '';
}

/** `Office.CustomXmlPart` over the model's `customParts` (keyed by root namespace, or by id). */
export class CustomXmlPartImpl {
  constructor(
    private readonly state: () => HostState,
    readonly id: string,
    /** Not part of Office.CustomXmlPart; the host uses it to answer getByNamespaceAsync. */
    readonly namespaceUri: string,
    private readonly key: string,
  ) {}

  readonly builtIn = false;

  getXmlAsync(options?: unknown, callback?: Callback<string>): void {
    const cb = typeof options === 'function' ? (options as Callback<string>) : callback;
    const xml = this.state().doc.customParts?.[this.key];
    setTimeout(() => cb?.(xml === undefined ? failed(5001, 'Internal Error', 'The part was deleted.') : succeeded(xml)), 0);
  }

  deleteAsync(options?: unknown, callback?: Callback<void>): void {
    const cb = typeof options === 'function' ? (options as Callback<void>) : callback;
    const parts = this.state().doc.customParts;
    if (parts) delete parts[this.key];
    setTimeout(() => cb?.(succeeded(undefined)), 0);
  }
}

const idFor = (key: string) => {
  let h = 0;
  for (const ch of key) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return `{${h.toString(16).toUpperCase().padStart(8, '0')}-C0DE-4000-8000-000000000000}`;
};

/**
 * `Office.CustomXmlParts` (`Office.context.document.customXmlParts`).
 * https://learn.microsoft.com/javascript/api/office/office.customxmlparts
 */
export class CustomXmlPartsImpl {
  constructor(private readonly state: () => HostState) {}

  private part(key: string): CustomXmlPartImpl {
    const xml = this.state().doc.customParts?.[key] ?? '';
    return new CustomXmlPartImpl(this.state, idFor(key), rootNamespace(xml), key);
  }

  addAsync(xml: string, options?: unknown, callback?: Callback<CustomXmlPartImpl>): void {
    const cb = typeof options === 'function' ? (options as Callback<CustomXmlPartImpl>) : callback;
    const doc = this.state().doc;
    const ns = rootNamespace(xml);
    if (!/^\s*(<\?xml[^>]*\?>)?\s*<[\w:.-]+/.test(xml)) {
      setTimeout(() => cb?.(failed(2000, 'Invalid Format Error', 'The XML is not well formed.')), 0);
      return;
    }
    doc.customParts ??= {};
    let key = ns || idFor(xml + Object.keys(doc.customParts).length);
    if (ns && key in doc.customParts) key = `${ns}#${Object.keys(doc.customParts).length}`;
    doc.customParts[key] = xml;
    setTimeout(() => cb?.(succeeded(this.part(key))), 0);
  }

  getByNamespaceAsync(ns: string, options?: unknown, callback?: Callback<CustomXmlPartImpl[]>): void {
    const cb = typeof options === 'function' ? (options as Callback<CustomXmlPartImpl[]>) : callback;
    const keys = Object.keys(this.state().doc.customParts ?? {});
    const parts = keys.map((k) => this.part(k)).filter((p) => p.namespaceUri === ns);
    setTimeout(() => cb?.(succeeded(parts)), 0);
  }

  getByIdAsync(id: string, options?: unknown, callback?: Callback<CustomXmlPartImpl | null>): void {
    const cb = typeof options === 'function' ? (options as Callback<CustomXmlPartImpl | null>) : callback;
    const key = Object.keys(this.state().doc.customParts ?? {}).find((k) => idFor(k) === id);
    setTimeout(() => cb?.(key === undefined ? failed(5001, 'Internal Error', 'No part has that id.') : succeeded(this.part(key))), 0);
  }
}
