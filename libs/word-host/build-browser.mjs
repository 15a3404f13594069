// Builds dist/word-host.js: a single IIFE script a page loads instead of office.js.
// Run: node libs/word-host/build-browser.mjs
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export async function buildBrowser() {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      lib: { entry: 'src/browser.ts', formats: ['iife'], name: 'WordHostBrowser', fileName: () => 'word-host.js' },
    },
  });
  return `${root}dist/word-host.js`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildBrowser();
  console.log(out);
}
