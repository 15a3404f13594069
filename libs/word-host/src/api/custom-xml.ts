import { errors } from '../errors.js';
import { addPart, listParts, looksLikeXml, type PartRef } from '../doc/custom-parts.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import { ClientResultImpl } from '../runtime/client-result.js';
import { CollectionImpl } from '../runtime/collection.js';
import type { HostContext } from '../runtime/context.js';
import { parseXmlTree, serializeDocument, type XDocument } from '../doc/xml-dom.js';
import { evaluate, hitValue, type XHit } from '../doc/xpath.js';

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

  /** Parses the part, lets `edit` change it, and stores it back (the file keeps it, as Word's does). */
  private _edit(member: string, xpath: string, ns: Record<string, string>, edit: (hits: XHit[], tree: XDocument) => void): void {
    this._op(member, () => {
      const key = this._require().key;
      const parts = (docOf(this.context).customParts ??= {});
      const tree = parseXmlTree(parts[key] ?? '');
      const hits = evaluate(tree, xpath, ns ?? {});
      if (!hits.length) throw errors.itemNotFound(`nothing in the part matches '${xpath}'`);
      edit(hits, tree);
      parts[key] = serializeDocument(tree);
    });
  }

  /**
   * WordApi 1.4: the nodes `xpath` matches: an element's XML, an attribute's value.
   * https://learn.microsoft.com/javascript/api/word/word.customxmlpart#word-word-customxmlpart-query-member(1)
   */
  query(xpath: string, namespaceMappings: Record<string, string>): ClientResultImpl<string[]> {
    const r = new ClientResultImpl<string[]>();
    this._op('query', () => {
      const xml = docOf(this.context).customParts?.[this._require().key] ?? '';
      const out = evaluate(parseXmlTree(xml), xpath, namespaceMappings ?? {}).map(hitValue);
      this.context._commits?.push(() => r._set(out));
    });
    return r;
  }
  /** WordApi 1.4: XML inserted under the element `xpath` names, at a child position (default last). */
  insertElement(xpath: string, xml: string, namespaceMappings: Record<string, string>, index?: number): void {
    this._edit('insertElement', xpath, namespaceMappings, ([hit]) => {
      if (hit!.kind !== 'element') throw errors.invalidArgument('insertElement needs an element');
      const parent = hit!.el;
      const fresh = parseXmlTree(xml, parent).root.children;
      const els = parent.children.filter((c) => c.type === 'element');
      const at = index === undefined || index >= els.length ? parent.children.length : parent.children.indexOf(els[Math.max(0, index)]!);
      for (const n of fresh) if (n.type === 'element') n.parent = parent;
      parent.children.splice(at, 0, ...fresh);
    });
  }
  /** WordApi 1.4: an attribute added to the element `xpath` names. */
  insertAttribute(xpath: string, namespaceMappings: Record<string, string>, name: string, value: string): void {
    this._edit('insertAttribute', xpath, namespaceMappings, ([hit]) => {
      if (hit!.kind !== 'element') throw errors.invalidArgument('insertAttribute needs an element');
      if (!/^[\w.-]+(:[\w.-]+)?$/.test(name)) throw errors.invalidArgument(`attribute name '${name}'`);
      if (hit!.el.attrs.some((a) => a.name === name)) throw errors.invalidArgument(`attribute '${name}' exists`);
      hit!.el.attrs.push({ name, local: name.split(':').pop()!, uri: '', value: String(value) });
    });
  }
  /** WordApi 1.4: the element `xpath` names replaced by `xml`. */
  updateElement(xpath: string, xml: string, namespaceMappings: Record<string, string>): void {
    this._edit('updateElement', xpath, namespaceMappings, (hits, tree) => {
      for (const hit of hits) {
        if (hit.kind !== 'element') throw errors.invalidArgument('updateElement needs an element');
        const parent = hit.el.parent;
        const fresh = parseXmlTree(xml, parent ?? hit.el).root.children;
        if (!parent) {
          const root = fresh.find((n) => n.type === 'element');
          if (root?.type !== 'element') throw errors.invalidArgument('updateElement needs an element');
          tree.root = root;
        } else parent.children.splice(parent.children.indexOf(hit.el), 1, ...fresh);
      }
    });
  }
  /** WordApi 1.4: the element `xpath` names removed. */
  deleteElement(xpath: string, namespaceMappings: Record<string, string>): void {
    this._edit('deleteElement', xpath, namespaceMappings, (hits) => {
      for (const hit of hits) {
        const parent = hit.kind === 'element' ? hit.el.parent : undefined;
        if (!parent) throw errors.invalidArgument('deleteElement cannot remove the root element');
        parent.children.splice(parent.children.indexOf(hit.el), 1);
      }
    });
  }
  /** WordApi 1.4: the value of attribute `name` of the element `xpath` names. */
  updateAttribute(xpath: string, namespaceMappings: Record<string, string>, name: string, value: string): void {
    this._edit('updateAttribute', xpath, namespaceMappings, ([hit]) => {
      if (hit!.kind !== 'element') throw errors.invalidArgument('updateAttribute needs an element');
      const a = hit!.el.attrs.find((x) => x.name === name);
      if (!a) throw errors.itemNotFound(`attribute '${name}'`);
      a.value = String(value);
    });
  }
  /** WordApi 1.4: the attribute `name` removed from the element `xpath` names. */
  deleteAttribute(xpath: string, namespaceMappings: Record<string, string>, name: string): void {
    this._edit('deleteAttribute', xpath, namespaceMappings, ([hit]) => {
      if (hit!.kind !== 'element') throw errors.invalidArgument('deleteAttribute needs an element');
      const i = hit!.el.attrs.findIndex((a) => a.name === name);
      if (i < 0) throw errors.itemNotFound(`attribute '${name}'`);
      hit!.el.attrs.splice(i, 1);
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
    return new CustomXmlPartCollectionImpl(
      this.context,
      () => {
        this._check('getByNamespace');
        return this._require().filter((p) => p.namespaceUri === namespaceUri);
      },
      true,
    );
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
