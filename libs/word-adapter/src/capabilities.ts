/// <reference types="office-js" />
import type { Capabilities } from './types.js';

/** Sets probed for the report; the add-in's own decisions use the named flags. */
const PROBED: [string, string][] = [
  ['WordApi', '1.1'],
  ['WordApi', '1.2'],
  ['WordApi', '1.3'],
  ['WordApi', '1.4'],
  ['WordApi', '1.5'],
  ['WordApi', '1.6'],
  ['WordApi', '1.7'],
  ['WordApi', '1.8'],
  ['WordApi', '1.9'],
  ['WordApiDesktop', '1.1'],
  ['WordApiOnline', '1.1'],
  ['WordApiHiddenDocument', '1.3'],
  ['CustomXmlParts', '1.1'],
  ['File', '1.1'],
  ['Settings', '1.1'],
  ['OoxmlCoercion', '1.1'],
];

/**
 * The webview from the user agent, as Microsoft's "Browsers and webview controls used
 * by Office Add-ins" tells them apart: Trident ("Trident/"), EdgeHTML ("Edge/"),
 * WebView2 ("Edg/"), Safari/WKWebView on Mac.
 */
export function webviewFromUserAgent(ua: string, inOffice: boolean): Capabilities['webview'] {
  if (/Trident\/|MSIE /.test(ua)) return 'trident';
  if (/\bEdge\/\d/.test(ua)) return 'edgehtml';
  if (/\bEdg\/\d/.test(ua)) return inOffice ? 'webview2' : 'browser';
  if (/Macintosh/.test(ua) && /AppleWebKit/.test(ua) && !/Chrome\//.test(ua)) return inOffice ? 'safari' : 'browser';
  if (/Chrome\/|Firefox\//.test(ua)) return 'browser';
  return 'unknown';
}

/** What the running Word supports. Outside Office (a plain browser) everything is false. */
export function detectCapabilities(): Capabilities {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  const inOffice = !!req && !!(globalThis as { Word?: unknown }).Word;
  const has = (name: string, v: string) => {
    try {
      return !!req?.isSetSupported(name, v);
    } catch {
      return false;
    }
  };
  const sets: Record<string, boolean> = {};
  for (const [n, v] of PROBED) sets[`${n} ${v}`] = has(n, v);
  let wordApiMinor = 0;
  for (let m = 1; m <= 9; m++) if (has('WordApi', `1.${m}`)) wordApiMinor = m;
  const diag = office?.context?.diagnostics;
  const ua = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  return {
    inOffice,
    wordApiMinor,
    annotations: has('WordApi', '1.7'),
    controlEvents: has('WordApi', '1.5'),
    paragraphEvents: has('WordApi', '1.6'),
    documentSettings: has('WordApi', '1.4'),
    wordCustomXml: has('WordApi', '1.4'),
    highlight: has('WordApi', '1.1'),
    createDocument: has('WordApi', '1.3'),
    host: String(diag?.host ?? (inOffice ? 'Word' : '')),
    platform: String(diag?.platform ?? ''),
    version: String(diag?.version ?? ''),
    webview: webviewFromUserAgent(ua, inOffice),
    sets,
  };
}
