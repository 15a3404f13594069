// Builds word-host.js: a single IIFE script a page loads instead of office.js, into
// dist/ by default or into the folder given (the test builds into a temporary folder).
// Run: node libs/word-host/build-browser.mjs [outDir]
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export async function buildBrowser(outDir = `${root}dist`) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      lib: { entry: 'src/browser.ts', formats: ['iife'], name: 'WordHostBrowser', fileName: () => 'word-host.js' },
    },
  });
  return `${outDir}/word-host.js`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildBrowser(process.argv[2]);
  console.log(out);
}
