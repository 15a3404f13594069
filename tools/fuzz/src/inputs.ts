import { readFileSync } from 'node:fs';
import { writeDocx } from '@cds/docx';
import { corpusFiles } from '@cds/test-support';
import { buildCleanPlanModel, buildHandTypedPlanModel } from '@cds/plan/testing';
import { basename } from 'node:path';
import { allMutators, MUTATION_CLASSES, MUTATORS, type Expectation, type MutationClass, type Mutator } from './mutators/index.js';
import { pack, unpack, type Entry } from './package.js';
import { Rng } from './rng.js';

/** A file the campaign mutates: a corpus file or a generated plan. */
export interface Base {
  name: string;
  bytes: Uint8Array;
  entries: Entry[];
}

/** One fuzz input, fully determined by (seed, index). */
export interface FuzzInput {
  index: number;
  cls: MutationClass;
  mutators: string[];
  base: string;
  bytes: Uint8Array;
  expect: Expectation;
}

/** The corpus (`../shared/corpus/real-docx`) and plans from the `@cds/testing` builders. */
export function loadBases(): Base[] {
  const corpus = corpusFiles().map((path) => ({ name: `corpus/${basename(path)}`, bytes: new Uint8Array(readFileSync(path)) }));
  const generated = [
    { name: 'plan/central', bytes: writeDocx(buildCleanPlanModel({ agencyKind: 'central' })) },
    { name: 'plan/province', bytes: writeDocx(buildCleanPlanModel({ agencyKind: 'province' })) },
    {
      name: 'plan/province-medium',
      bytes: writeDocx(
        buildCleanPlanModel({ agencyKind: 'province', size: { indicators: 40, taskRows: 80, areaTaskRows: 0, projects2025: 5, extraParagraphs: 10 } }),
      ),
    },
    { name: 'plan/hand-typed', bytes: writeDocx(buildHandTypedPlanModel()) },
    {
      name: 'plan/broken',
      bytes: writeDocx(
        buildCleanPlanModel({
          agencyKind: 'central',
          mutations: [
            { kind: 'dropSection', section: 'P2.I' },
            { kind: 'placeholder', section: 'P2.V' },
          ],
        }),
      ),
    },
  ];
  return [...corpus, ...generated].map((b) => ({ ...b, entries: unpack(b.bytes) }));
}

/**
 * Input `index` of the campaign `seed`: a class (round robin, so every class
 * gets a fifth), a base (half corpus, half generated), one mutation of that
 * class and sometimes a second.
 */
export function makeInput(seed: number, index: number, bases: Base[]): FuzzInput {
  const rng = Rng.for(seed, index);
  const cls = MUTATION_CLASSES[index % MUTATION_CLASSES.length]!;
  const generated = bases.filter((b) => b.name.startsWith('plan/'));
  const corpus = bases.filter((b) => !b.name.startsWith('plan/'));
  const base = rng.chance(0.5) && generated.length ? rng.pick(generated) : rng.pick(corpus.length ? corpus : generated);
  const applied: Mutator[] = [];
  let entries = base.entries;
  let bytes: Uint8Array | undefined;
  const rounds = rng.chance(0.15) ? 2 : 1;
  for (let round = 0; round < rounds; round++) {
    // A second mutation could undo what a `refused` one planted (drop the DOCTYPE part), so none follows it.
    if (applied[0]?.expect === 'refused') break;
    const pool = round === 0 ? MUTATORS[cls] : allMutators().filter((m) => m.cls !== 'byte');
    for (let tries = 0; tries < 10; tries++) {
      const m = rng.pick(pool);
      if (m.bytes) {
        bytes = m.bytes(rng, bytes ?? pack(entries));
        applied.push(m);
        break;
      }
      if (bytes) break; // entry-level mutations do not apply to damaged bytes
      const out = m.entries!(rng, entries);
      if (out) {
        entries = out;
        applied.push(m);
        break;
      }
    }
  }
  return {
    index,
    cls,
    base: base.name,
    mutators: applied.map((m) => m.name),
    bytes: bytes ?? pack(entries),
    expect: applied.some((m) => m.expect === 'refused') ? 'refused' : 'any',
  };
}
