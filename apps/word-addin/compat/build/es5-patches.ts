/**
 * The core's few regular expressions that no transpiler can lower to ES5: a
 * lookbehind `(?<!…)` is a syntax error for Internet Explorer 11 (the whole script
 * would fail to load), and Babel cannot rewrite it. Each patch swaps the exact
 * source text for an equivalent that ES5 parses; `es5-patches.test.ts` holds each
 * equivalent to the original on generated strings. When the core's text changes,
 * the build stops (`from` not found) instead of shipping a stale copy.
 */
export interface SourcePatch {
  /** Path from the repository root. */
  file: string;
  /** Why the text cannot stay. */
  why: string;
  edits: { from: string; to: string }[];
}

/** Keeps a valid surrogate pair, drops anything else the pattern matched. */
const KEEP_PAIRS = `function (m) { return m.length === 2 ? m : ''; }`;

export const ES5_PATCHES: readonly SourcePatch[] = [
  {
    file: 'libs/docx/src/read/chars.ts',
    why: 'lone low surrogate found with a lookbehind',
    edits: [
      {
        from: String.raw`const INVALID = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INVALID_ALL = new RegExp(INVALID.source, 'g');`,
        // A pair is matched first, so its low half is never seen alone; lone halves and forbidden characters are.
        to: String.raw`const INVALID_ALL = /[\ud800-\udbff][\udc00-\udfff]|[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]/g;`,
      },
      { from: `return INVALID.test(s) ? s.replace(INVALID_ALL, '') : s;`, to: `return s.replace(INVALID_ALL, ${KEEP_PAIRS});` },
    ],
  },
  {
    file: 'libs/docx/src/write/xml.ts',
    why: 'lone low surrogate found with a lookbehind',
    edits: [
      {
        from: String.raw`const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;`,
        to: String.raw`const INVALID = /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g;`,
      },
      { from: `return s.replace(INVALID, '')`, to: `return s.replace(INVALID, ${KEEP_PAIRS})` },
    ],
  },
  {
    file: 'libs/rules/src/rules/infra-commune-level/infra-commune-level.ts',
    why: '"not after a letter" written as a lookbehind; only .test() reads these, so consuming the character before is the same',
    edits: [
      {
        from: String.raw`const COMMUNE = /(?<!\p{L})(xã(?!\s+hội)|phường|thị trấn|đặc khu|cấp cơ sở)(?!\p{L})/u;`,
        to: String.raw`const COMMUNE = /(?:^|[^\p{L}])(xã(?!\s+hội)|phường|thị trấn|đặc khu|cấp cơ sở)(?!\p{L})/u;`,
      },
      {
        from: String.raw`const AFFILIATED = /(?<!\p{L})(trực thuộc|đơn vị thuộc|đơn vị cơ sở|đơn vị sự nghiệp|các cục|các vụ|cơ quan thuộc)(?!\p{L})/u;`,
        to: String.raw`const AFFILIATED = /(?:^|[^\p{L}])(trực thuộc|đơn vị thuộc|đơn vị cơ sở|đơn vị sự nghiệp|các cục|các vụ|cơ quan thuộc)(?!\p{L})/u;`,
      },
    ],
  },
  {
    file: 'libs/docx/src/read/zipformat.ts',
    why: 'ZIP64 fields read as BigInt, which IE11 lacks; every caller turns them into a Number at once',
    edits: [
      {
        from: 'export const u64 = (d: Uint8Array, p: number): bigint => BigInt(u32(d, p)) | (BigInt(u32(d, p + 4)) << 32n);',
        // Exact below 2^53 (a 9-petabyte file), where the original Number() stops being exact too.
        to: 'export const u64 = (d: Uint8Array, p: number): number => u32(d, p) + u32(d, p + 4) * 0x100000000;',
      },
    ],
  },
  {
    file: 'node_modules/zod/v4/core/util.js',
    why: 'zod computes the int64/uint64 bounds with BigInt when it loads; IE11 has no BigInt and the core has no bigint schema',
    edits: [
      {
        from: `export const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};`,
        to: `export const BIGINT_FORMAT_RANGES = typeof BigInt !== "function" ? {} : {
    int64: [BigInt("-9223372036854775808"), BigInt("9223372036854775807")],
    uint64: [BigInt(0), BigInt("18446744073709551615")],
};`,
      },
    ],
  },
];

/** Applies the patches of `file` (repo-relative) to its text; throws when a `from` is missing. */
export function patchSource(file: string, text: string): string {
  const patch = ES5_PATCHES.find((p) => file.endsWith(p.file));
  if (!patch) return text;
  let out = text;
  for (const e of patch.edits) {
    if (!out.includes(e.from)) throw new Error(`es5-patches: ${patch.file} changed; "${e.from.slice(0, 60)}…" not found (${patch.why})`);
    out = out.replace(e.from, () => e.to);
  }
  return out;
}
