/** The compatibility pane's entry: polyfills first, then the pane once Office is ready. */
import './polyfills/index.js';
import { adapterPort } from './adapter-port.js';
import { mountCompatApp, mountOutsideOffice } from './app.js';

/** The core, as bundled (window.CdsCompat): the tests run it under ES5 constraints. */
export { analyze, readDocx, writeFlatOpc } from './core.js';

declare const Office: { onReady(cb: (info: { host: unknown }) => void): void } | undefined;

function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const uploadUrl = `${location.protocol}//${location.host}/`;
  if (typeof Office === 'undefined') return mountOutsideOffice(root);
  Office.onReady((info) => {
    if (!info.host) return mountOutsideOffice(root);
    mountCompatApp(root, adapterPort, { uploadUrl });
  });
}

// Not in a page (the ES5 sandbox of the tests): only the exports above are wanted.
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
