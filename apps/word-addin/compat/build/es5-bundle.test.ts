import { writeDocx, readDocx, writeFlatOpc } from '@cds/docx';
import { analyze } from '@cds/rules';
import { buildCleanPlanModel, buildHandTypedPlanModel } from '@cds/testing';
import * as acorn from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEs5, type Es5Bundle } from './es5-bundle.js';
import { createIe11Sandbox } from './ie11-sandbox.js';

/**
 * The core (analyze, the .docx reader and writer) lowered to ES5 runs where only
 * ES5 and the bundle's own polyfills exist, and judges real plan documents exactly
 * as the modern build does. Figures are printed for the README.
 */
let bundle: Es5Bundle;
beforeAll(async () => {
  bundle = await buildEs5(new URL('../src/core-entry.ts', import.meta.url).pathname, { globalName: 'CdsCore' });
  console.info(`compat core: ${bundle.size} B minified, ${bundle.gzipped} B gzipped (modern ESM unminified ${bundle.modernSize} B), ${bundle.polyfills.length} core-js modules`);
}, 240_000);

const documents = () => ({
  clean: writeDocx(buildCleanPlanModel()),
  broken: writeDocx(buildCleanPlanModel({
    agencyKind: 'province',
    mutations: [
      { kind: 'dropSection', section: 'P2.V' },
      { kind: 'emptyItem', section: 'P1.II.3', part: 'results' },
      { kind: 'guidanceVerbatim', section: 'P2.III.6' },
      { kind: 'placeholder', section: 'P1.II.4', part: 'shortcomings' },
      { kind: 'swapSections', a: 'P2.IV.1', b: 'P2.IV.2' },
    ],
  })),
  handTyped: writeDocx(buildHandTypedPlanModel({ agencyKind: 'central' })),
});

describe('the compatibility core in ES5', () => {
  it('parses as ES5: nothing newer slipped in', () => {
    expect(() => acorn.parse(bundle.code, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    // The polyfills the lowered code needs are in: collections, promises, symbols.
    expect(bundle.polyfills).toEqual(expect.arrayContaining(['core-js/modules/es.map.js', 'core-js/modules/es.set.js', 'core-js/modules/es.symbol.js']));
  });

  it('judges real plan documents exactly as the modern build does, with no Map, Set, Promise, Symbol or ES2015 method of its own host', () => {
    const docs = documents();
    const sandbox = createIe11Sandbox({ __docs: docs });
    expect(sandbox.run('[typeof Map, typeof Promise, typeof Symbol, typeof "".normalize, typeof Array.from, typeof TextDecoder].join()')).toBe('undefined,undefined,undefined,undefined,undefined,undefined');
    sandbox.run(bundle.code, 'compat-core.js');
    // The bundle brought what IE11 lacks; Proxy and BigInt it cannot and does not need.
    expect(sandbox.run('[typeof Map, typeof Promise, typeof Symbol, typeof "".normalize, typeof TextDecoder, typeof Proxy, typeof BigInt].join()')).toBe('function,function,function,function,function,undefined,undefined');
    for (const [name, bytes] of Object.entries(docs)) {
      const modern = analyze(readDocx(bytes));
      const es5 = JSON.parse(sandbox.run(`JSON.stringify(CdsCore.analyze(CdsCore.readDocx(__docs.${name})))`) as string);
      expect(es5.findings, name).toEqual(JSON.parse(JSON.stringify(modern.findings)));
      expect(es5.sections, name).toEqual(JSON.parse(JSON.stringify(modern.sections)));
      expect(es5.counts, name).toEqual(modern.counts);
    }
    expect(analyze(readDocx(docs.broken)).counts.error).toBeGreaterThan(2);
    // Every regular expression built at run time passed the ES5 check (the sandbox throws otherwise).
    expect(sandbox.regExpsBuilt.length).toBeGreaterThan(0);
  });

  it('writes the flat OPC Word inserts, byte for byte as the modern writer', () => {
    const model = buildCleanPlanModel({ agencyKind: 'central' });
    const sandbox = createIe11Sandbox({ __model: JSON.parse(JSON.stringify(model)) });
    sandbox.run(bundle.code, 'compat-core.js');
    expect(sandbox.run('CdsCore.writeFlatOpc(__model)')).toBe(writeFlatOpc(model));
  });
});
