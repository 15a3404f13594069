#!/usr/bin/env node
// Declares each project's workspace dependencies in its package.json from what its
// sources import (Nx's graph reads them; npm links them), and gives every project
// the same test/typecheck/lint scripts, which Nx infers as targets.
// `--check` exits 1 when a package.json is out of date (run by the architecture test).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](@cds\/[a-z-]+)|import\(\s*['"](@cds\/[a-z-]+)/g;

const projects = [];
for (const group of ['libs', 'apps', 'tools']) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name);
    try {
      projects.push({ dir, rel: `${group}/${name}`, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) });
    } catch {
      /* not a package */
    }
  }
}
const names = new Set(projects.map((p) => p.pkg.name));

function files(dir, out = []) {
  for (const e of readdirSync(dir)) {
    // Build output and gitignored scratch folders are not sources.
    if (['node_modules', 'dist', 'out', '.data', 'coverage', 'tmp'].includes(e)) continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(ts|tsx|mts|mjs)$/.test(e)) out.push(p);
  }
  return out;
}
const isTestOnly = (f) => /\.(test|spec|bench)\.tsx?$/.test(f) || /\/(test|testing|test-support|e2e|bench)\//.test(f);

let stale = 0;
for (const p of projects) {
  const runtime = new Set();
  const dev = new Set();
  for (const f of files(p.dir)) {
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
      const dep = m[1] ?? m[2];
      if (dep === p.pkg.name || !names.has(dep)) continue;
      (isTestOnly(f) ? dev : runtime).add(dep);
    }
  }
  for (const d of runtime) dev.delete(d);
  const next = { ...p.pkg };
  const merge = (key, set) => {
    const others = Object.fromEntries(Object.entries(p.pkg[key] ?? {}).filter(([k]) => !k.startsWith('@cds/')));
    const cds = Object.fromEntries([...set].sort().map((d) => [d, '*']));
    const all = { ...cds, ...others };
    if (Object.keys(all).length) next[key] = all;
    else delete next[key];
  };
  merge('dependencies', runtime);
  merge('devDependencies', dev);
  const hasSrc = (() => {
    try {
      return statSync(join(p.dir, 'src')).isDirectory();
    } catch {
      return false;
    }
  })();
  next.scripts = {
    ...p.pkg.scripts,
    test: p.pkg.scripts?.test ?? `vitest run --root ../.. ${p.rel}`,
    ...(hasSrc ? { typecheck: p.pkg.scripts?.typecheck ?? 'tsc -p tsconfig.json --noEmit', lint: p.pkg.scripts?.lint ?? 'eslint .' } : {}),
  };
  const before = JSON.stringify(p.pkg, null, 2);
  const after = JSON.stringify(next, null, 2);
  if (before !== after) {
    stale++;
    if (check) console.error(`${p.rel}/package.json: workspace dependencies or scripts out of date (run node tools/scripts/sync-workspace-deps.mjs)`);
    else writeFileSync(join(p.dir, 'package.json'), `${after}\n`);
  }
}
if (check && stale) process.exit(1);
if (!check) console.log(`${stale} package.json updated`);
