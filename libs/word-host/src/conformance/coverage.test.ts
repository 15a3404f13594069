/// <reference types="office-js" />
/**
 * The conformance suite covers what the host implements: for every member of every
 * class the host hands out that is implemented (not refused with NotImplementedError),
 * some test file names it and cites a Microsoft Learn page. A member added without a
 * test citing Microsoft's behaviour fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { MEMBERS } from '../members.generated.js';
import { NotImplementedError } from '../runtime/guard.js';
import { FACTORIES, fixture, MORE } from '../testing/instances.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const tests = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tests(p) : p.endsWith('.test.ts') && !p.endsWith('coverage.test.ts') ? [p] : [];
  });
const CITING = tests(SRC)
  .map((f) => readFileSync(f, 'utf8'))
  .filter((t) => t.includes('learn.microsoft.com'));

/** Implemented members of each class (reading one does not throw NotImplementedError). */
async function implemented(): Promise<string[]> {
  const host = createWordHost({ document: fixture() });
  const out: string[] = [];
  await host.Word.run(async (context) => {
    for (const [cls, make] of Object.entries({ ...FACTORIES, ...MORE })) {
      const obj = make(context);
      for (const name of Object.keys(MEMBERS.Word[cls] ?? {})) {
        try {
          void obj[name];
          out.push(`${cls}.${name}`);
        } catch (e) {
          if (!(e instanceof NotImplementedError)) out.push(`${cls}.${name}`); // e.g. PropertyNotLoaded: it exists
        }
      }
    }
    await context.sync().catch(() => undefined);
  });
  return out;
}

describe('conformance coverage', () => {
  it('every implemented member is named in a test file that cites Microsoft Learn', async () => {
    const members = await implemented();
    expect(members.length).toBeGreaterThan(150);
    const uncovered = members.filter((m) => {
      const name = m.split('.')[1]!;
      const re = new RegExp(`[.'"\\s]${name}\\b`);
      return !CITING.some((t) => re.test(t));
    });
    expect(uncovered).toEqual([]);
  });
});
