import type { Mutator } from './types.js';

/** Damage to the file's bytes: what a bad disk, a cut download or a hostile edit does. */
export const byteMutators: Mutator[] = [
  {
    cls: 'byte',
    name: 'flip-bits',
    bytes: (rng, f) => {
      const out = f.slice();
      for (let i = rng.range(1, 16); i > 0; i--) out[rng.int(out.length)]! ^= 1 << rng.int(8);
      return out;
    },
  },
  { cls: 'byte', name: 'truncate', bytes: (rng, f) => f.slice(0, rng.int(f.length)) },
  {
    cls: 'byte',
    name: 'overwrite-range',
    bytes: (rng, f) => {
      const out = f.slice();
      const at = rng.int(out.length);
      for (let i = at; i < Math.min(out.length, at + rng.range(1, 512)); i++) out[i] = rng.int(256);
      return out;
    },
  },
  {
    cls: 'byte',
    name: 'insert-bytes',
    bytes: (rng, f) => {
      const at = rng.int(f.length);
      const junk = Uint8Array.from({ length: rng.range(1, 64) }, () => rng.int(256));
      return new Uint8Array([...f.subarray(0, at), ...junk, ...f.subarray(at)]);
    },
  },
  {
    cls: 'byte',
    name: 'delete-range',
    bytes: (rng, f) => {
      const at = rng.int(f.length);
      return new Uint8Array([...f.subarray(0, at), ...f.subarray(Math.min(f.length, at + rng.range(1, 256)))]);
    },
  },
  {
    cls: 'byte',
    name: 'lie-in-headers',
    // A 32-bit field of a local or central header (sizes, offsets, counts) set to a random or extreme value.
    bytes: (rng, f) => {
      const out = f.slice();
      const sigs: number[] = [];
      for (let i = 0; i + 4 <= out.length; i++)
        if (out[i] === 0x50 && out[i + 1] === 0x4b && (out[i + 2] === 1 || out[i + 2] === 3 || out[i + 2] === 5)) sigs.push(i);
      if (!sigs.length) return out;
      const at = rng.pick(sigs) + rng.pick([8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 42]);
      const v = rng.pick([0, 0xffffffff, 0x7fffffff, rng.int(0xffffffff), 1 << 30]);
      for (let k = 0; k < 4 && at + k < out.length; k++) out[at + k] = (v >>> (8 * k)) & 0xff;
      return out;
    },
  },
];
