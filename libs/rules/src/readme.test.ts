import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from './registry.js';

describe('README', () => {
  it('lists every rule with its severity', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual(allRules.map((r) => `${r.id} ${r.severity}`));
  });
});
