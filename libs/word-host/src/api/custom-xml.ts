import { errors } from '../errors.js';
import { addPart, listParts, looksLikeXml, type PartRef } from '../doc/custom-parts.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import { ClientResultImpl } from '../runtime/client-result.js';
import { CollectionImpl } from '../runtime/collection.js';
import type { HostContext } from '../runtime/context.js';

const docOf = (ctx: HostContext) => ctx._host.state.doc;

/** `Word.CustomXmlPart` (WordApi 1.4), over the same parts as Office.context.document.customXmlParts. */
export class CustomXmlPartImpl extends ClientObjectImpl<PartRef> {
  readonly _class = 'CustomXmlPart';
  protected _props(): Props<PartRef> {
    return PART_PROPS as Props<PartRef>;
  }
  protected override _alive(t: PartRef): boolean {
    return t.key in (docOf(this.context).customParts ?? {});
  }
  getXml(): ClientResultImpl<string> {
    const r = new ClientResultImpl<string>();
    this._op('getXml', () => {
      const xml = docOf(this.context).customParts?.[this._require().key] ?? '';
      this.context._commits?.push(() => r._set(xml));
    });
    return r;
  }
  setXml(xml: string): void {
    this._op('setXml', () => {
      if (!looksLikeXml(xml)) throw errors.invalidArgument('xml');
      const parts = (docOf(this.context).customParts ??= {});
      parts[this._require().key] = xml;
    });
  }
  delete(): void {
    this._op('delete', () => {
      const parts = docOf(this.context).customParts;
      if (parts) delete parts[this._require().key];
    });
  }
}
const PART_PROPS = {
  id: { get: (p: PartRef) => p.id },
  namespaceUri: { get: (p: PartRef) => p.namespaceUri },
};
defineAccessors(CustomXmlPartImpl, PART_PROPS as Props<never>);
export interface CustomXmlPartImpl {
  readonly id: string;
  readonly namespaceUri: string;
}

/** `Word.CustomXmlPartCollection` and `CustomXmlPartScopedCollection` (WordApi 1.4). */
export class CustomXmlPartCollectionImpl extends CollectionImpl<PartRef, CustomXmlPartImpl> {
  readonly _class: string;
  constructor(context: HostContext, path: () => PartRef[] | null, scoped = false) {
    super(context, path);
    this._class = scoped ? 'CustomXmlPartScopedCollection' : 'CustomXmlPartCollection';
  }
  protected _item(path: () => PartRef | null, nullable: boolean): CustomXmlPartImpl {
    return new CustomXmlPartImpl(this.context, path, nullable);
  }
  static all(context: HostContext): PartRef[] {
    return listParts(docOf(context));
  }
  add(xml: string): CustomXmlPartImpl {
    const part = new CustomXmlPartImpl(this.context, () => null);
    this._op('add', () => {
      if (!looksLikeXml(xml)) throw errors.invalidArgument('xml');
      part._bind(addPart(docOf(this.context), xml));
    });
    return part;
  }
  getByNamespace(namespaceUri: string): CustomXmlPartCollectionImpl {
    return new CustomXmlPartCollectionImpl(this.context, () => {
      this._check('getByNamespace');
      return this._require().filter((p) => p.namespaceUri === namespaceUri);
    }, true);
  }
  getItem(id: string): CustomXmlPartImpl {
    return this._pick('getItem', (l) => l.find((p) => p.id === id), false);
  }
  getItemOrNullObject(id: string): CustomXmlPartImpl {
    return this._pick('getItemOrNullObject', (l) => l.find((p) => p.id === id), true);
  }
  getCount(): ClientResultImpl<number> {
    return this._count();
  }
}
