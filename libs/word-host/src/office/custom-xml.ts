import { guard } from '../runtime/guard.js';
import type { HostState } from '../runtime/state.js';
import { addPart, listParts, looksLikeXml, partId, rootNamespace } from '../doc/custom-parts.js';
import { failed, succeeded, type Callback } from './file.js';

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

/**
 * `Office.CustomXmlParts` (`Office.context.document.customXmlParts`).
 * https://learn.microsoft.com/javascript/api/office/office.customxmlparts
 */
export class CustomXmlPartsImpl {
  constructor(private readonly state: () => HostState) {}

  private _part(key: string): CustomXmlPartImpl {
    const xml = this.state().doc.customParts?.[key] ?? '';
    return guard(new CustomXmlPartImpl(this.state, partId(key), rootNamespace(xml), key), 'Office', () => 'CustomXmlPart');
  }

  addAsync(xml: string, options?: unknown, callback?: Callback<CustomXmlPartImpl>): void {
    const cb = typeof options === 'function' ? (options as Callback<CustomXmlPartImpl>) : callback;
    if (!looksLikeXml(xml)) {
      setTimeout(() => cb?.(failed(2000, 'Invalid Format Error', 'The XML is not well formed.')), 0);
      return;
    }
    const { key } = addPart(this.state().doc, xml);
    setTimeout(() => cb?.(succeeded(this._part(key))), 0);
  }

  getByNamespaceAsync(ns: string, options?: unknown, callback?: Callback<CustomXmlPartImpl[]>): void {
    const cb = typeof options === 'function' ? (options as Callback<CustomXmlPartImpl[]>) : callback;
    const keys = Object.keys(this.state().doc.customParts ?? {});
    const parts = keys.map((k) => this._part(k)).filter((p) => p.namespaceUri === ns);
    setTimeout(() => cb?.(succeeded(parts)), 0);
  }

  getByIdAsync(id: string, options?: unknown, callback?: Callback<CustomXmlPartImpl | null>): void {
    const cb = typeof options === 'function' ? (options as Callback<CustomXmlPartImpl | null>) : callback;
    const key = listParts(this.state().doc).find((p) => p.id === id)?.key;
    setTimeout(() => cb?.(key === undefined ? failed(5001, 'Internal Error', 'No part has that id.') : succeeded(this._part(key))), 0);
  }
}
