/** The compatibility pane's entry: polyfills first, then the pane once Office is ready. */
import './polyfills/index.js';
import { adapterPort } from './adapter-port.js';
import { mountCompatApp, mountOutsideOffice } from './app.js';
import { sendDiagnostics, signIn, submitPlan } from './submission.js';

/** The core, as bundled (window.CdsCompat): the tests run it under ES5 constraints. */
export { analyze, readDocx, writeFlatOpc } from './core.js';

declare const Office: { onReady(cb: (info: { host: unknown }) => void): void } | undefined;

function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const origin = `${location.protocol}//${location.host}`;
  const uploadUrl = `${origin}/`;
  // The pane is served by the sync server (/addin/compat/), so its API is on the same origin.
  const api = `${origin}/api`;
  const server = {
    signIn: (e: string, p: string) => signIn(api, e, p),
    submit: (w: Parameters<typeof submitPlan>[1], b: Uint8Array, n: string, k: string) => submitPlan(api, w, b, n, k),
    sendDiagnostics: (w: Parameters<typeof submitPlan>[1], r: unknown) => sendDiagnostics(api, w, r),
  };
  if (typeof Office === 'undefined') return mountOutsideOffice(root);
  Office.onReady((info) => {
    if (!info.host) return mountOutsideOffice(root);
    mountCompatApp(root, adapterPort, server, { uploadUrl });
  });
}

// Not in a page (the ES5 sandbox of the tests): only the exports above are wanted.
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
