import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from './paths.js';

export interface BrowserBundle {
  /** Minified bytes. */
  size: number;
  gzipped: number;
  /** Every source file that put code into the bundle (paths relative to the repo root). */
  inputs: string[];
}

/**
 * Bundles `code` (an ES module importing what a front end would) for the browser,
 * minified and tree-shaken as Vite would, and says what went in. Node built-ins
 * fail the build, as they would in a browser.
 */
export async function browserBundle(code: string): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents: code, resolveDir: repoRoot, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const out = result.outputFiles[0]!.contents;
  // Only the files that put bytes into the output: tree-shaken modules are read but not shipped.
  const shipped = Object.values(result.metafile.outputs)[0]!.inputs;
  const inputs = Object.entries(shipped)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
  return { size: out.length, gzipped: gzipSync(out, { level: 9 }).length, inputs };
}

/** Inputs that belong on a server, never in a browser bundle. */
export const SERVER_ONLY = /(^|\/)(node_modules\/(drizzle-orm|drizzle-zod|fastify|@fastify|pg|pg-[a-z]+|@electric-sql|pino|exceljs|@node-rs)\/|apps\/server\/)/;
