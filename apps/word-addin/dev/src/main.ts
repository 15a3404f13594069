/**
 * `npm run dev` (in apps/word-addin): the HTTPS dev server for sideloading, on
 * https://localhost:3000 (CDS_ADDIN_DEV_PORT), with office-addin-dev-certs'
 * localhost certificate (installed and trusted on first run), passing /api and the
 * dashboard through to the sync server (CDS_SERVER_URL, default http://127.0.0.1:3001).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { DEV_BASE_URL } from '../../manifest/src/manifest.js';
import { devMessages } from './messages.vi.js';
import { createDevServer } from './server.js';
import { devLayout } from './layout.js';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.CDS_ADDIN_DEV_PORT ?? new URL(DEV_BASE_URL).port);
const upstream = process.env.CDS_SERVER_URL ?? 'http://127.0.0.1:3001';

const tls = await getHttpsServerOptions();
const layout = devLayout(appDir);
const server = createDevServer({ tls, upstream, ...layout });
server.listen(port, 'localhost', () => {
  const origin = `https://localhost:${port}`;
  console.log(devMessages.started(origin));
  console.log(devMessages.pane(`${origin}/addin/taskpane.html`));
  console.log(devMessages.compat(`${origin}/addin/compat/index.html`));
  console.log(devMessages.manifest(layout.files['/manifest.xml']!.file, `${origin}/manifest.xml`));
  console.log(devMessages.api(upstream));
  console.log(devMessages.certs);
  console.log(devMessages.sideload);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
