/// <reference types="office-js" />
/**
 * Browser entry: loaded by a page in place of office.js, it opens a document in a
 * Word host and installs `window.Word`, `window.Office` and `window.OfficeExtension`.
 * Configure it before the script loads:
 *   window.__wordHostConfig = { preset: 'web', docxBase64: '…' }   // or { document: DocumentModel } or { docxUrl: '/plan.docx' }
 * The host itself is at `window.__wordHost` (document, syncCount, user edits).
 */
import type { DocumentModel } from '@cds/model';
import { createWordHost } from './docx-codec.js';
import type { WordHost, WordHostOptions } from './host.js';

export interface BrowserHostConfig extends Omit<WordHostOptions, 'bytes' | 'codec'> {
  docxBase64?: string;
  docxUrl?: string;
  document?: DocumentModel;
}

const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** Creates the host and installs the globals on `window`; Office.onReady waits until a `docxUrl` is loaded. */
export function installWordHost(config: BrowserHostConfig = {}): WordHost {
  const { docxBase64, docxUrl, ...options } = config;
  const host = createWordHost({ ...options, ...(docxBase64 ? { bytes: fromBase64(docxBase64) } : {}) });
  host.install(globalThis);
  const ready = docxUrl
    ? fetch(docxUrl)
        .then((r) => r.arrayBuffer())
        .then((b) => host.open(new Uint8Array(b)))
    : Promise.resolve();
  const onReady = host.Office.onReady.bind(host.Office);
  (host.Office as { onReady: typeof onReady }).onReady = (cb?: Parameters<typeof onReady>[0]) => ready.then(() => onReady(cb));
  (globalThis as { __wordHost?: WordHost }).__wordHost = host;
  return host;
}

installWordHost((globalThis as { __wordHostConfig?: BrowserHostConfig }).__wordHostConfig);
