import type { Entry } from '../package.js';
import type { Rng } from '../rng.js';
import type { Mutator } from './types.js';

const DTD =
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>';

const anyEntry = (rng: Rng, es: Entry[]): number => rng.int(es.length);
const main = (es: Entry[]): number =>
  Math.max(
    0,
    es.findIndex((e) => e.name === 'word/document.xml'),
  );

/** Changes to the archive's entries: dropped, duplicated, renamed, sizes and methods that lie. */
export const zipMutators: Mutator[] = [
  { cls: 'zip', name: 'drop-entry', entries: (rng, es) => es.filter((_, i) => i !== anyEntry(rng, es)) },
  {
    cls: 'zip',
    name: 'duplicate-entry',
    entries: (rng, es) => {
      const i = rng.chance(0.5) ? main(es) : anyEntry(rng, es);
      return [...es, { ...es[i]!, name: variant(rng, es[i]!.name) }];
    },
  },
  {
    // A DOCTYPE part beside the real one under a name that normalises to the same part: must be refused.
    cls: 'zip',
    name: 'shadow-with-doctype',
    expect: 'refused',
    entries: (rng, es) => {
      const shadow: Entry = { name: variant(rng, 'word/document.xml'), data: new TextEncoder().encode(DTD) };
      return rng.chance(0.5) ? [shadow, ...es] : [...es, shadow];
    },
  },
  {
    cls: 'zip',
    name: 'rename-entry',
    entries: (rng, es) => {
      const i = anyEntry(rng, es);
      const to = rng.pick([
        '../../etc/passwd',
        '/etc/passwd',
        'C:\\x.xml',
        '..\\..\\x.xml',
        'word/../../x.xml',
        es[i]!.name.toUpperCase(),
        'word/document2.xml',
        '',
        'a'.repeat(300),
        'word/\u0000.xml',
      ]);
      return es.map((e, k) => (k === i ? { ...e, name: to } : e));
    },
  },
  {
    cls: 'zip',
    name: 'lie-size',
    entries: (rng, es) => {
      const i = rng.chance(0.6) ? main(es) : anyEntry(rng, es);
      const size = es[i]!.data.length;
      const lie = rng.pick([0, 1, Math.floor(size / 2), size + 1, size * 2, 0xffffffff, 150 * 1024 * 1024]);
      return es.map((e, k) => (k === i ? { ...e, declaredSize: lie } : e));
    },
  },
  { cls: 'zip', name: 'stored-entries', entries: (_, es) => es.map((e) => ({ ...e, stored: true })) },
  {
    cls: 'zip',
    name: 'many-entries',
    entries: (rng, es) => [...es, ...Array.from({ length: rng.range(100, 3000) }, (_, k) => ({ name: `word/media/x${k}.bin`, data: new Uint8Array(1) }))],
  },
  { cls: 'zip', name: 'shuffle-entries', entries: (rng, es) => [...es].sort(() => rng.next() - 0.5) },
];

/** Another spelling of the same part name: exact, case, leading slash, backslashes. */
function variant(rng: Rng, name: string): string {
  return rng.pick([name, name.toUpperCase(), `/${name}`, name.replace(/\//g, '\\'), name.replace(/^./, (c) => c.toUpperCase())]);
}
