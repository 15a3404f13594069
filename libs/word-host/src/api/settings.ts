import { errors } from '../errors.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import type { ClientResultImpl } from '../runtime/client-result.js';
import { CollectionImpl } from '../runtime/collection.js';
import type { HostContext } from '../runtime/context.js';
import type { HostState } from '../runtime/state.js';

/** A setting is addressed by key; its value is stored as JSON, as Office stores add-in settings. */
interface SettingRef {
  key: string;
}

const store = (ctx: HostContext): HostState => ctx._host.state;

function write(host: HostState, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  host.settingsLive[key] = json;
  host.settingsSaved[key] = json; // Word.SettingCollection writes go with the document.
}

/** `Word.Setting` (WordApi 1.4). */
export class SettingImpl extends ClientObjectImpl<SettingRef> {
  readonly _class = 'Setting';
  protected _props(): Props<SettingRef> {
    return SETTING_PROPS as Props<SettingRef>;
  }
  protected override _alive(t: SettingRef): boolean {
    return t.key in store(this.context).settingsLive;
  }
  delete(): void {
    this._op('delete', () => {
      const host = store(this.context);
      const { key } = this._require();
      delete host.settingsLive[key];
      delete host.settingsSaved[key];
    });
  }
}
const SETTING_PROPS = {
  key: { get: (s: SettingRef) => s.key },
  value: {
    get: (s: SettingRef, ctx: HostContext) => JSON.parse(store(ctx).settingsLive[s.key] ?? 'null') as unknown,
    set: (s: SettingRef, v: unknown, ctx: HostContext) => write(store(ctx), s.key, v),
  },
};
defineAccessors(SettingImpl, SETTING_PROPS as Props<never>);
export interface SettingImpl {
  readonly key: string;
  value: unknown;
}

/** `Word.SettingCollection` (WordApi 1.4): `context.document.settings`. */
export class SettingCollectionImpl extends CollectionImpl<SettingRef, SettingImpl> {
  readonly _class = 'SettingCollection';
  protected _item(path: () => SettingRef | null, nullable: boolean): SettingImpl {
    return new SettingImpl(this.context, path, nullable);
  }
  add(key: string, value: unknown): SettingImpl {
    const s = new SettingImpl(this.context, () => null);
    this._op('add', () => {
      if (!key) throw errors.invalidArgument('setting key');
      write(store(this.context), key, value);
      s._bind({ key });
    });
    return s;
  }
  getItem(key: string): SettingImpl {
    return this._pick('getItem', (l) => l.find((s) => s.key === key), false);
  }
  getItemOrNullObject(key: string): SettingImpl {
    return this._pick('getItemOrNullObject', (l) => l.find((s) => s.key === key), true);
  }
  getCount(): ClientResultImpl<number> {
    return this._count();
  }
  deleteAll(): void {
    this._op('deleteAll', () => {
      const host = store(this.context);
      host.settingsLive = {};
      host.settingsSaved = {};
    });
  }
}
