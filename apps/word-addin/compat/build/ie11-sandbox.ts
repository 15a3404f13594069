import vm from 'node:vm';
import * as acorn from 'acorn';

/**
 * A V8 context stripped to what Internet Explorer 11 offers, to run an ES5 bundle
 * in: no Map, Set, WeakMap, Promise, Symbol, Proxy, Reflect, globalThis, TextDecoder
 * (those the bundle polyfills come back, those it cannot, like Proxy, stay away),
 * none of the ES2015+ methods of Object, Array, String, Number, Math and typed
 * arrays, and a RegExp constructor that refuses what ES5 refuses (flags u, y, s;
 * lookbehind, named groups, \p{…}), as IE11 throws SyntaxError for them.
 * It is not IE11: its engine, DOM and quirks are not emulated.
 */
const REMOVED_GLOBALS = [
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'WeakRef',
  'FinalizationRegistry',
  'Promise',
  'Symbol',
  'Proxy',
  'Reflect',
  'globalThis',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  'AggregateError',
  'Atomics',
  'SharedArrayBuffer',
  'TextDecoder',
  'TextEncoder',
  'queueMicrotask',
  'structuredClone',
  'WebAssembly',
  'Iterator',
];
const REMOVED_STATICS: Record<string, string[]> = {
  Object: ['assign', 'entries', 'values', 'fromEntries', 'getOwnPropertySymbols', 'is', 'getOwnPropertyDescriptors', 'groupBy', 'hasOwn'],
  Array: ['from', 'of', 'fromAsync'],
  String: ['fromCodePoint', 'raw'],
  Number: ['isInteger', 'isFinite', 'isNaN', 'isSafeInteger', 'parseFloat', 'parseInt', 'EPSILON', 'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER'],
  Math: ['trunc', 'sign', 'log10', 'log2', 'cbrt', 'hypot', 'imul', 'clz32', 'fround', 'expm1', 'log1p', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'],
};
const REMOVED_PROTO: Record<string, string[]> = {
  Array: [
    'find',
    'findIndex',
    'findLast',
    'findLastIndex',
    'fill',
    'includes',
    'flat',
    'flatMap',
    'at',
    'copyWithin',
    'entries',
    'keys',
    'values',
    'toSorted',
    'toReversed',
    'toSpliced',
    'with',
  ],
  String: [
    'includes',
    'startsWith',
    'endsWith',
    'repeat',
    'padStart',
    'padEnd',
    'trimStart',
    'trimEnd',
    'trimLeft',
    'trimRight',
    'codePointAt',
    'normalize',
    'at',
    'replaceAll',
    'matchAll',
    'isWellFormed',
    'toWellFormed',
  ],
  RegExp: ['flags', 'sticky', 'unicode', 'dotAll', 'hasIndices', 'unicodeSets'],
};
/** %TypedArray%.prototype: IE11 has set() and subarray() only. */
const TYPED_ARRAY_KEEP = new Set(['constructor', 'set', 'subarray', 'buffer', 'byteLength', 'byteOffset', 'length']);

/** `new RegExp(p, f)` as ES5 sees it: acorn at ecmaVersion 5 validates the pattern and the flags. */
export function assertEs5RegExp(pattern: string, flags = ''): void {
  const escaped = pattern
    .replace(/\\.|\[(?:\\.|[^\]\\])*\]|\//g, (m) => (m === '/' ? '\\/' : m))
    .replace(/[\n\r\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  try {
    acorn.parse(`/${escaped === '' ? '(?:)' : escaped}/${flags}`, { ecmaVersion: 5 });
  } catch (e) {
    throw new SyntaxError(`Invalid regular expression for ES5: /${pattern}/${flags} (${(e as Error).message})`);
  }
}

export interface Ie11Sandbox {
  context: vm.Context;
  /** Runs a script in the context and returns its completion value. */
  run(code: string, filename?: string): unknown;
  /** Patterns that went through `new RegExp` (all of them passed the ES5 check, or the call threw). */
  regExpsBuilt: string[];
}

export function createIe11Sandbox(extra: Record<string, unknown> = {}): Ie11Sandbox {
  const regExpsBuilt: string[] = [];
  const context = vm.createContext({ ...extra });
  vm.runInContext(
    `(function (G, removed, statics, protos, keep) {
      removed.forEach(function (k) { delete G[k]; });
      Object.keys(statics).forEach(function (c) { statics[c].forEach(function (k) { delete G[c][k]; }); });
      Object.keys(protos).forEach(function (c) { protos[c].forEach(function (k) { delete G[c].prototype[k]; }); });
      var TA = Object.getPrototypeOf(Uint8Array);
      delete TA.from; delete TA.of;
      Object.getOwnPropertyNames(TA.prototype).forEach(function (k) { if (!keep[k]) delete TA.prototype[k]; });
    })`,
    context,
  )(vm.runInContext('this', context), REMOVED_GLOBALS, REMOVED_STATICS, REMOVED_PROTO, Object.fromEntries([...TYPED_ARRAY_KEEP].map((k) => [k, true])));
  // The checked constructor: called and constructed like RegExp, instances are real RegExps.
  const check = (p: unknown, f: unknown) => {
    const source = p && typeof p === 'object' && 'source' in p ? String((p as RegExp).source) : p === undefined ? '' : String(p);
    const flags = f === undefined ? (p && typeof p === 'object' && 'global' in p ? flagsOf(p as RegExp) : '') : String(f);
    regExpsBuilt.push(`/${source}/${flags}`);
    assertEs5RegExp(source, flags);
  };
  vm.runInContext(
    `(function (G, check) {
      var Native = G.RegExp;
      function RegExp(p, f) { check(p, f); return Native(p, f); }
      RegExp.prototype = Native.prototype;
      Native.prototype.constructor = RegExp;
      Object.getOwnPropertyNames(Native).forEach(function (k) { if (!(k in RegExp)) { try { RegExp[k] = Native[k]; } catch (e) {} } });
      G.RegExp = RegExp;
    })`,
    context,
  )(vm.runInContext('this', context), check);
  return { context, regExpsBuilt, run: (code, filename = 'bundle.js') => vm.runInContext(code, context, { filename }) };
}

function flagsOf(r: RegExp): string {
  return (r.global ? 'g' : '') + (r.ignoreCase ? 'i' : '') + (r.multiline ? 'm' : '');
}
