import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import * as acorn from 'acorn';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('./detect-webview.js', import.meta.url), 'utf8');

/** The script in a window of its own, as a page would load it. */
function load(ua: string, search = '') {
  const replaced: string[] = [];
  const window = { navigator: { userAgent: ua }, location: { search, replace: (u: string) => replaced.push(u) } } as Record<string, unknown>;
  vm.runInNewContext(source, { window });
  return {
    api: window.CdsWebview as { detect(ua?: string): string; needsCompatPane(ua?: string): boolean; redirectIfLegacy(url: string, ua?: string): boolean },
    replaced,
  };
}

/** User agents of each webview (as Office's webviews send them). */
const UA = {
  office2019VolumeTrident: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; .NET CLR 2.0.50727; ms-office; MSOffice 16) like Gecko',
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  edgeHtml: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  webView2: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
  macWord: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
};

describe('CdsWebview (detect-webview.js)', () => {
  it('is ES5, so Trident can parse it', () => {
    expect(() => acorn.parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it("tells the webviews apart as Microsoft's page does", () => {
    const { api } = load('');
    expect(Object.fromEntries(Object.entries(UA).map(([k, ua]) => [k, api.detect(ua)]))).toEqual({
      office2019VolumeTrident: 'trident',
      ie11: 'trident',
      edgeHtml: 'edgehtml',
      webView2: 'webview2',
      macWord: 'safari',
      chrome: 'browser',
    });
    expect(api.detect('curl/8.0')).toBe('unknown');
  });

  it("sends Trident and EdgeHTML to the compatibility pane, keeping Office's query string, and nobody else", () => {
    const legacy = load(UA.office2019VolumeTrident, '?_host_Info=Word$Win32$16.01$vi-VN');
    expect(legacy.api.redirectIfLegacy('compat/index.html')).toBe(true);
    expect(legacy.replaced).toEqual(['compat/index.html?_host_Info=Word$Win32$16.01$vi-VN']);
    expect(load(UA.edgeHtml).api.needsCompatPane()).toBe(true);
    for (const ua of [UA.webView2, UA.macWord, UA.chrome]) {
      const modern = load(ua);
      expect(modern.api.redirectIfLegacy('compat/index.html')).toBe(false);
      expect(modern.replaced).toEqual([]);
    }
  });
});
