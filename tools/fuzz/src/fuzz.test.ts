import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verdict } from './classify.js';
import { loadBases, makeInput, type FuzzInput } from './inputs.js';
import { allMutators } from './mutators/index.js';
import { pack } from './package.js';
import { Rng } from './rng.js';
import { Runner } from './runner.js';

const bases = loadBases();

describe('fuzz inputs', () => {
  it('are a function of (seed, index): the same campaign on every run', () => {
    for (const i of [0, 1, 7, 123]) expect(makeInput(42, i, bases).bytes).toEqual(makeInput(42, i, bases).bytes);
    const a = Array.from({ length: 10 }, (_, i) => makeInput(1, i, bases).bytes);
    const b = Array.from({ length: 10 }, (_, i) => makeInput(2, i, bases).bytes);
    expect(a.filter((x, i) => x.length === b[i]!.length && x.every((v, k) => v === b[i]![k])).length).toBeLessThan(10);
  });

  it('cover every class in turn and say which mutators made them', () => {
    const inputs = Array.from({ length: 10 }, (_, i) => makeInput(5, i, bases));
    expect(inputs.map((x) => x.cls)).toEqual(['byte', 'zip', 'xml', 'ooxml', 'text', 'byte', 'zip', 'xml', 'ooxml', 'text']);
    for (const x of inputs) expect(x.mutators.length).toBeGreaterThan(0);
  });

  it('every mutator applies to a generated plan', () => {
    const plan = bases.find((b) => b.name === 'plan/central')!;
    for (const m of allMutators()) {
      const rng = new Rng(9);
      const out = m.bytes ? m.bytes(rng, plan.bytes) : pack(m.entries!(rng, plan.entries) ?? []);
      expect(out.length, m.name).toBeGreaterThan(0);
    }
  });
});

describe('the runner and the verdicts', () => {
  const target = pathToFileURL(fileURLToPath(new URL('./testing/fake-target.ts', import.meta.url))).href;
  const runner = new Runner({ cpuLimitMs: 2_000, timeoutMs: 20_000, heapCeilingMb: 2048, recycleAboveMb: 192, target }, 1);
  afterAll(() => runner.close());
  const input = (first: number): FuzzInput => ({ index: first, cls: 'byte', mutators: ['test'], base: 'test', bytes: new Uint8Array([first]), expect: 'any' });
  const limits = { timeMs: 2_000, growthMb: 256 };
  const judge = async (first: number, expect: FuzzInput['expect'] = 'any') => {
    const x = { ...input(first), expect };
    return verdict(x, await runner.run(x.index, x.bytes), limits);
  };

  it('tells reading from crashing, hanging and blowing up memory, in worker processes that survive each other', async () => {
    expect(await judge(0)).toBe('ok');
    expect(await judge(4)).toBe('crash');
    expect(await judge(1)).toBe('crash');
    expect(await judge(2)).toBe('hang');
    expect(await judge(3)).toBe('memory');
    expect(await judge(0)).toBe('ok');
  }, 60_000);

  it('counts an input that had to be refused but was read as a DOCTYPE that got past', async () => {
    expect(await judge(0, 'refused')).toBe('dtd-accepted');
  }, 30_000);
});
