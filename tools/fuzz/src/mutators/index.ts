import { byteMutators } from './bytes.js';
import { ooxmlMutators } from './ooxml.js';
import { textMutators } from './text.js';
import { MUTATION_CLASSES, type MutationClass, type Mutator } from './types.js';
import { xmlMutators } from './xml.js';
import { zipMutators } from './zip.js';

export { MUTATION_CLASSES, type MutationClass, type Mutator, type Expectation } from './types.js';

/** Every mutator, by class. */
export const MUTATORS: Record<MutationClass, Mutator[]> = {
  byte: byteMutators,
  zip: zipMutators,
  xml: xmlMutators,
  ooxml: ooxmlMutators,
  text: textMutators,
};

export const allMutators = (): Mutator[] => MUTATION_CLASSES.flatMap((c) => MUTATORS[c]);
