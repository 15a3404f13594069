import type { HostState } from '../runtime/state.js';
import { succeeded, type Callback } from './file.js';

/**
 * `Office.Settings` (`Office.context.document.settings`): values live in memory and
 * reach the document only when `saveAsync` is called.
 * https://learn.microsoft.com/javascript/api/office/office.settings
 */
export class OfficeSettingsImpl {
  constructor(private readonly state: () => HostState) {}

  get(name: string): unknown {
    const v = this.state().settingsLive[name];
    if (v === undefined) return null;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v; // a value some other tool stored without JSON encoding
    }
  }

  set(name: string, value: unknown): void {
    this.state().settingsLive[name] = JSON.stringify(value);
  }

  remove(name: string): void {
    delete this.state().settingsLive[name];
  }

  saveAsync(options?: unknown, callback?: Callback<void>): void {
    const cb = typeof options === 'function' ? (options as Callback<void>) : callback;
    const s = this.state();
    s.settingsSaved = { ...s.settingsLive };
    setTimeout(() => cb?.(succeeded(undefined)), 0);
  }

  refreshAsync(callback?: Callback<OfficeSettingsImpl>): void {
    const s = this.state();
    s.settingsLive = { ...s.settingsSaved };
    setTimeout(() => callback?.(succeeded(this)), 0);
  }
}
