import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transformAsync } from '@babel/core';
import { build, type Plugin } from 'esbuild';
import { ES5_PATCHES, patchSource } from './es5-patches.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../../..');
const CORE_JS_VERSION = '3.51';

export interface Es5Bundle {
  /** The ES5 script (an IIFE), minified unless asked otherwise. */
  code: string;
  size: number;
  gzipped: number;
  /** Size of the modern (ES2020) bundle of the same entry, before lowering. */
  modernSize: number;
  /** core-js modules Babel found the code needs. */
  polyfills: string[];
}

/** The core's lookbehind regexes, swapped for their ES5 equivalents on load (see es5-patches.ts). */
export const es5Patches: Plugin = {
  name: 'es5-patches',
  setup(b) {
    const files = new Set(ES5_PATCHES.map((p) => path.join(REPO_ROOT, p.file)));
    b.onLoad({ filter: /\.(ts|js)$/ }, async (args) => {
      if (!files.has(args.path)) return undefined;
      const text = await readFile(args.path, 'utf8');
      const rel = path.relative(REPO_ROOT, args.path).split(path.sep).join('/');
      return { contents: patchSource(rel, text), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

const requireHere = createRequire(import.meta.url);

/** A `u`-flag pattern as an ES5 regular expression literal (Babel's regexpu: astral ranges become surrogate pairs). */
export async function lowerUnicodePattern(source: string): Promise<string> {
  const out = await transformAsync(`/${source.replace(/\//g, '\\/')}/u;`, {
    babelrc: false,
    configFile: false,
    sourceType: 'script',
    compact: true,
    presets: [['@babel/preset-env', { targets: { ie: '11' }, modules: false }]],
  });
  return out!.code!.replace(/^"use strict";/, '').replace(/;$/, '');
}

/**
 * xmlchars (saxes' character classes) builds its patterns with `new RegExp(…, "u")`
 * at load time, which IE11 refuses with a SyntaxError. Each such pattern is computed
 * here, at build time, and written back as the ES5 literal it lowers to.
 */
export const unicodeRegExpConstructors: Plugin = {
  name: 'unicode-regexp-constructors',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/]xmlchars[\\/].*\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const mod = requireHere(args.path) as Record<string, unknown>;
      const lowered = new Map<string, string>();
      for (const m of text.matchAll(/exports\.(\w+) = new RegExp\(.*, "u"\);/g)) {
        const re = mod[m[1]!];
        if (!(re instanceof RegExp)) throw new Error(`xmlchars: ${m[1]} is not a RegExp`);
        lowered.set(m[1]!, await lowerUnicodePattern(re.source));
      }
      const contents = text.replace(/exports\.(\w+) = new RegExp\(.*, "u"\);/g, (_, name: string) => `exports.${name} = ${lowered.get(name)};`);
      if (/new RegExp\([^)]*"u"\)/.test(contents)) throw new Error(`xmlchars: a u-flag RegExp left in ${args.path}`);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Builds an entry for Internet Explorer 11: esbuild bundles it as modern ESM (it
 * cannot lower classes or block scope to ES5), Babel lowers that to ES5 and adds the
 * core-js polyfills the code uses, esbuild bundles the result into one IIFE.
 */
export async function buildEs5(entry: string, options: { minify?: boolean; globalName?: string } = {}): Promise<Es5Bundle> {
  const modern = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    plugins: [es5Patches, unicodeRegExpConstructors],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const modernCode = modern.outputFiles[0]!.text;
  const polyfills = new Set<string>();
  const lowered = await transformAsync(modernCode, {
    babelrc: false,
    configFile: false,
    sourceType: 'module',
    compact: false,
    presets: [['@babel/preset-env', { targets: { ie: '11' }, modules: false, useBuiltIns: 'usage', corejs: CORE_JS_VERSION, bugfixes: true }]],
    plugins: [
      // Records which core-js modules preset-env imported, for the report.
      () => ({
        visitor: {
          ImportDeclaration(p: { node: { source: { value: string } } }) {
            if (p.node.source.value.startsWith('core-js/')) polyfills.add(p.node.source.value);
          },
        },
      }),
    ],
  });
  if (!lowered?.code) throw new Error('Babel produced no code');
  const final = await build({
    stdin: { contents: lowered.code, resolveDir: REPO_ROOT, sourcefile: 'compat-lowered.js', loader: 'js' },
    bundle: true,
    format: 'iife',
    globalName: options.globalName,
    platform: 'browser',
    // Everything is ES5 by now; esbuild refuses to emit anything newer.
    target: 'es5',
    minify: options.minify ?? true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = final.outputFiles[0]!.text;
  return {
    code,
    size: Buffer.byteLength(code),
    gzipped: gzipSync(code, { level: 9 }).length,
    modernSize: Buffer.byteLength(modernCode),
    polyfills: [...polyfills].sort(),
  };
}
