import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import * as acorn from 'acorn';
import { describe, expect, it } from 'vitest';
// The patches are held to the reader's own internals, which its package does not export.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { dropInvalidChars } from '../../../../libs/docx/src/read/chars.js';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { u64 } from '../../../../libs/docx/src/read/zipformat.js';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { esc } from '../../../../libs/docx/src/write/xml.js';
import { es5Patches, lowerUnicodePattern, REPO_ROOT } from './es5-bundle.js';
import * as xml10 from 'xmlchars/xml/1.0/ed5.js';
import * as xmlns10 from 'xmlchars/xmlns/1.0/ed3.js';
import { ES5_PATCHES, patchSource } from './es5-patches.js';

/** A core module as the compatibility bundle sees it (patched), loaded in Node. */
async function patched<T>(file: string): Promise<T> {
  const out = await build({
    entryPoints: [path.join(REPO_ROOT, file)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    plugins: [es5Patches],
    logLevel: 'silent',
    mainFields: ['module', 'main'],
  });
  const tmp = path.join(await mkdtemp(path.join(os.tmpdir(), 'cds-es5-')), 'm.mjs');
  await writeFile(tmp, out.outputFiles[0]!.text);
  return import(pathToFileURL(tmp).href) as Promise<T>;
}

/** Strings rich in what the patched patterns are about: surrogate halves, controls, Vietnamese letters. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom('\ud83d', '\ude00', '\ud83d\ude00', '\u0000', '\u0008', '\u000b', '\ufffe', '\uffff', '\t', '\n', 'a', 'đ', 'ệ', ' ', '&', '<', '>'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('ES5 patches of the core', () => {
  it('each patched text parses as ES5 where the original needs ES2018', () => {
    for (const p of ES5_PATCHES)
      for (const e of p.edits) {
        for (const re of e.to.match(/\/(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+\/[gimsuy]*/g) ?? []) {
          if (/u$/.test(re)) continue; // \p{…} with the u flag: Babel lowers it (checked on the bundle)
          expect(() => acorn.parse(re, { ecmaVersion: 5 })).not.toThrow();
        }
      }
  });

  it('stop the build when the core text they replace has changed', () => {
    expect(() => patchSource('libs/docx/src/read/chars.ts', 'const INVALID = /x/;')).toThrow(/changed/);
    expect(patchSource('libs/model/src/text.ts', 'unchanged')).toBe('unchanged');
  });

  it('drop the same characters from what the reader returns (lone surrogates, forbidden controls)', async () => {
    const m = await patched<{ dropInvalidChars: typeof dropInvalidChars }>('libs/docx/src/read/chars.ts');
    fc.assert(
      fc.property(tricky, (s) => m.dropInvalidChars(s) === dropInvalidChars(s)),
      { numRuns: 2000 },
    );
  });

  it('escape element text for the writer the same way', async () => {
    const m = await patched<{ esc: typeof esc }>('libs/docx/src/write/xml.ts');
    fc.assert(
      fc.property(tricky, (s) => m.esc(s) === esc(s)),
      { numRuns: 2000 },
    );
  });

  it('read ZIP64 fields to the same number', async () => {
    const m = await patched<{ u64: (d: Uint8Array, p: number) => number }>('libs/docx/src/read/zipformat.ts');
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 8, maxLength: 8 }).filter((b) => b[7]! < 0x20),
        (b) => m.u64(b, 0) === Number(u64(b, 0)),
      ),
      { numRuns: 2000 },
    );
  });

  it('find commune level and affiliated units the same way', async () => {
    // The rule reads the patterns through .test() only: compare the patterns' verdicts on generated text.
    const words = [
      'xã',
      'xã hội',
      'phường',
      'thị trấn',
      'đặc khu',
      'cấp cơ sở',
      'trực thuộc',
      'các cục',
      'các vụ',
      'đơn vị thuộc',
      'cơ quan thuộc',
      'a',
      'bxã',
      'xãy',
      ' ',
      ',',
      '\n',
      '5',
    ];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join(''));
    const patch = ES5_PATCHES.find((p) => p.file.endsWith('infra-commune-level.ts'))!;
    const pattern = (src: string) => new RegExp(/\/(.*)\/u;$/.exec(src)![1]!, 'u');
    for (const e of patch.edits) {
      const before = pattern(e.from);
      const after = pattern(e.to);
      fc.assert(
        fc.property(text, (s) => before.test(s) === after.test(s)),
        { numRuns: 3000 },
      );
    }
  });

  it("lower xmlchars' u-flag patterns (saxes' name checks) to ES5 literals that match the same names", async () => {
    const names = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', 'Z', ':', '_', '-', '.', '1', '·', 'đ', 'ệ', '\u0300', ' ', '\u{10000}', '\u{EFFFF}', '\u{F0000}', '\ud800', '\udc00', '\ufffe'),
      ),
      maxLength: 6,
    });
    for (const [label, re] of Object.entries({ NAME_RE: xml10.NAME_RE, CHAR_RE: xml10.CHAR_RE, NC_NAME_RE: xmlns10.NC_NAME_RE })) {
      const literal = await lowerUnicodePattern(re.source);
      expect(() => acorn.parse(literal, { ecmaVersion: 5 }), label).not.toThrow();
      const es5 = new Function(`return ${literal}`)() as RegExp;
      fc.assert(
        fc.property(names, (s) => es5.test(s) === re.test(s)),
        { numRuns: 3000 },
      );
    }
  });
});
