/**
 * Builds the compatibility pane into apps/word-addin/compat/dist/ (index.html,
 * compat.css, compat.js in ES5, detect-webview.js) and prints its size:
 *   npx tsx apps/word-addin/compat/build/build.ts
 * The full pane's build (or the server) serves that folder at /addin/compat/.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEs5 } from './es5-bundle.js';

const compatDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(compatDir, 'dist');
const t0 = Date.now();
const bundle = await buildEs5(path.join(compatDir, 'src/main.ts'), { globalName: 'CdsCompat' });
await mkdir(out, { recursive: true });
await writeFile(path.join(out, 'compat.js'), bundle.code);
for (const f of ['index.html', 'compat.css', 'detect-webview.js']) await copyFile(path.join(compatDir, f), path.join(out, f));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `compat.js: ${kb(bundle.size)} (gzip ${kb(bundle.gzipped)}), ${bundle.polyfills.length} core-js modules, ${((Date.now() - t0) / 1000).toFixed(1)} s → ${out}`,
);
