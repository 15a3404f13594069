import { errors } from '../errors.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import type { ClientResultImpl } from '../runtime/client-result.js';
import { CollectionImpl } from '../runtime/collection.js';
import type { HostContext } from '../runtime/context.js';
import type { HostState } from '../runtime/state.js';

/**
 * Document properties (docProps/core.xml and docProps/custom.xml in a real file). The
 * document model has no field for them, so the host keeps them for the session: they
 * read back, but the saved .docx does not carry them.
 */
export interface DocProps {
  builtIn: Record<string, string>;
  custom: Map<string, { value: unknown; type: string }>;
}
export const emptyProps = (): DocProps => ({ builtIn: {}, custom: new Map() });

const WRITABLE = ['author', 'category', 'comments', 'company', 'format', 'keywords', 'manager', 'subject', 'title'] as const;
const propsOf = (ctx: HostContext): DocProps => ctx._host.state.properties;

/** `Word.DocumentProperties` (WordApi 1.3). https://learn.microsoft.com/javascript/api/word/word.documentproperties */
export class DocumentPropertiesImpl extends ClientObjectImpl<HostState> {
  readonly _class = 'DocumentProperties';
  protected _props(): Props<HostState> {
    return DOC_PROPS as Props<HostState>;
  }
  protected override _navs(): readonly string[] {
    return ['customProperties'];
  }
  get customProperties(): CustomPropertyCollectionImpl {
    return this._memo(
      'customProperties',
      () =>
        new CustomPropertyCollectionImpl(this.context, () => {
          this._check('customProperties');
          return [...propsOf(this.context).custom.keys()].map((key) => ({ key }));
        }),
    );
  }
}
const DOC_PROPS: Record<string, { get: (s: HostState, ctx: HostContext) => unknown; set?: (s: HostState, v: never, ctx: HostContext) => void }> = {
  applicationName: { get: () => 'Microsoft Word' },
  lastAuthor: { get: (s) => s.properties.builtIn.author ?? '' },
  revisionNumber: { get: () => '1' },
  template: { get: () => 'Normal.dotm' },
  security: { get: () => 0 },
};
for (const name of WRITABLE)
  DOC_PROPS[name] = {
    get: (s) => s.properties.builtIn[name] ?? '',
    set: (s, v: string) => void (s.properties.builtIn[name] = String(v)),
  };
defineAccessors(DocumentPropertiesImpl, DOC_PROPS as Props<never>);

interface PropRef {
  key: string;
}
const typeOf = (v: unknown): string => (typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : v instanceof Date ? 'Date' : 'String');

/** `Word.CustomProperty` (WordApi 1.3). */
export class CustomPropertyImpl extends ClientObjectImpl<PropRef> {
  readonly _class = 'CustomProperty';
  protected _props(): Props<PropRef> {
    return CUSTOM_PROPS as Props<PropRef>;
  }
  protected override _alive(t: PropRef): boolean {
    return propsOf(this.context).custom.has(t.key);
  }
  delete(): void {
    this._op('delete', () => void propsOf(this.context).custom.delete(this._require().key));
  }
}
const CUSTOM_PROPS = {
  key: { get: (p: PropRef) => p.key },
  type: { get: (p: PropRef, ctx: HostContext) => propsOf(ctx).custom.get(p.key)?.type ?? 'String' },
  value: {
    get: (p: PropRef, ctx: HostContext) => propsOf(ctx).custom.get(p.key)?.value,
    set: (p: PropRef, v: unknown, ctx: HostContext) => void propsOf(ctx).custom.set(p.key, { value: v, type: typeOf(v) }),
  },
};
defineAccessors(CustomPropertyImpl, CUSTOM_PROPS as Props<never>);

/** `Word.CustomPropertyCollection` (WordApi 1.3). Keys are case-insensitive in Word; 255 characters at most. */
export class CustomPropertyCollectionImpl extends CollectionImpl<PropRef, CustomPropertyImpl> {
  readonly _class = 'CustomPropertyCollection';
  protected _item(path: () => PropRef | null, nullable: boolean): CustomPropertyImpl {
    return new CustomPropertyImpl(this.context, path, nullable);
  }
  add(key: string, value: unknown): CustomPropertyImpl {
    const p = new CustomPropertyImpl(this.context, () => null);
    this._op('add', () => {
      if (!key || key.length > 255) throw errors.invalidArgument('custom property key (1–255 characters)');
      const custom = propsOf(this.context).custom;
      const existing = [...custom.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
      const k = existing ?? key;
      custom.set(k, { value, type: typeOf(value) });
      p._bind({ key: k });
    });
    return p;
  }
  getItem(key: string): CustomPropertyImpl {
    return this._pick('getItem', (l) => l.find((p) => p.key.toLowerCase() === key.toLowerCase()), false);
  }
  getItemOrNullObject(key: string): CustomPropertyImpl {
    return this._pick('getItemOrNullObject', (l) => l.find((p) => p.key.toLowerCase() === key.toLowerCase()), true);
  }
  getCount(): ClientResultImpl<number> {
    return this._count();
  }
  deleteAll(): void {
    this._op('deleteAll', () => propsOf(this.context).custom.clear());
  }
}
