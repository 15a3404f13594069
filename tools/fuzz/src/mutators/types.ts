import type { Rng } from '../rng.js';
import type { Entry } from '../package.js';

/** The five levels the campaign mutates at. */
export const MUTATION_CLASSES = ['byte', 'zip', 'xml', 'ooxml', 'text'] as const;
export type MutationClass = (typeof MUTATION_CLASSES)[number];

/** What a mutated input must give beyond no crash, hang or blow-up: `refused` = it must not be read (a DOCTYPE, hidden or not). */
export type Expectation = 'any' | 'refused';

/** One mutation: works on the package's entries (byte-level ones on the file itself). */
export interface Mutator {
  cls: MutationClass;
  name: string;
  /** Entries in, entries out; `null` when the mutator does not apply to this base. */
  entries?: (rng: Rng, entries: Entry[]) => Entry[] | null;
  /** Bytes in, bytes out (byte-level mutators). */
  bytes?: (rng: Rng, file: Uint8Array) => Uint8Array;
  expect?: Expectation;
}
