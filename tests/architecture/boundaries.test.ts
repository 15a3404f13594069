/**
 * Module boundaries, enforced: the pure core (scope:domain) must run unchanged in
 * Word, the browser, the server and the CLI, so it may import only other domain
 * packages and a few pure libraries; the .docx adapter adds its zip/XML parsers
 * but stays free of Node I/O so the add-in can bundle it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface Project {
  name: string;
  dir: string;
  tags: string[];
}

function projects(): Project[] {
  const out: Project[] = [];
  for (const group of ['libs', 'apps', 'tools']) {
    for (const name of readdirSync(join(root, group))) {
      const pkgPath = join(root, group, name, 'package.json');
      try {
        const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
        out.push({ name: pkg.name, dir: join(root, group, name), tags: pkg.nx?.tags ?? [] });
      } catch {
        // not a package folder
      }
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      // test-support folders hold helpers for tests only (never exported by index.ts).
      if (['node_modules', 'dist', 'testing', 'test-support', 'test'].includes(entry)) continue;
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(entry) && !/\.(test|spec)\.tsx?$/.test(entry) && !/\.bench\.ts$/.test(entry)) out.push(p);
    }
  };
  walk(join(dir, 'src'));
  return out;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!).filter((s) => !s.startsWith('.'));
}

const all = projects();
const byName = new Map(all.map((p) => [p.name, p]));
const PURE_LIBS = ['zod', 'csv-parse/sync', 'saxes'];
const ALLOWED: Record<string, { tags: string[]; external: string[] }> = {
  'scope:domain': { tags: ['scope:domain'], external: PURE_LIBS },
  // Adapters may call the server through the browser-safe contract (the add-in's sync engine, its IndexedDB queue through dexie).
  'scope:adapter': { tags: ['scope:domain', 'scope:adapter', 'scope:contract', 'scope:strings'], external: [...PURE_LIBS, 'fflate', 'fast-xml-parser', 'dexie'] },
};

describe('module boundaries', () => {
  it('finds the projects with their tags', () => {
    expect(all.filter((p) => p.tags.includes('scope:domain')).map((p) => p.name)).toEqual(
      expect.arrayContaining(['@cds/model', '@cds/template', '@cds/plan', '@cds/rules', '@cds/vn']),
    );
  });

  for (const project of all) {
    const rule = project.tags.map((t) => ALLOWED[t]).find(Boolean);
    if (!rule) continue;
    it(`${project.name} imports only what ${project.tags.join(', ')} allows`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(project.dir)) {
        for (const spec of imports(file)) {
          const pkgName = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          const target = byName.get(pkgName);
          const ok = target
            ? target.tags.some((t) => rule.tags.includes(t))
            : rule.external.includes(spec) || rule.external.includes(pkgName);
          if (!ok) violations.push(`${relative(root, file)} → ${spec}`);
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('no app or tool is imported by a library', () => {
    const appNames = all.filter((p) => p.tags.some((t) => t === 'scope:app' || t === 'scope:tool')).map((p) => p.name);
    const violations: string[] = [];
    for (const lib of all.filter((p) => p.dir.includes(`${root}/libs/`)))
      for (const file of sourceFiles(lib.dir))
        for (const spec of imports(file)) if (appNames.some((a) => spec === a || spec.startsWith(`${a}/`))) violations.push(`${relative(root, file)} → ${spec}`);
    expect(violations).toEqual([]);
  });
});
