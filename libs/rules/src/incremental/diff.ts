import type { Block, DocumentModel, Paragraph } from '@cds/model';

/** Structural equality of plain data (what a DocumentModel is made of): same keys, equal values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x: unknown = a[i];
      const y: unknown = b[i];
      if (x !== y && (typeof x !== 'object' || !deepEqual(x, y))) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  return sameFields(a as Record<string, unknown>, b as Record<string, unknown>, null);
}

/** Every own field of `a` equal in `b` and no other field in `b`, `skip` aside (no key arrays allocated). */
function sameFields(a: Record<string, unknown>, b: Record<string, unknown>, skip: string | null): boolean {
  let n = 0;
  for (const k in a) {
    if (k === skip) continue;
    const x = a[k];
    const y = b[k];
    if (x !== y) {
      if (typeof x !== 'object' || !deepEqual(x, y)) return false;
    } else if (x === undefined && !(k in b)) return false; // `{ k: undefined }` is not `{}`
    n++;
  }
  for (const k in b) if (k !== skip) n--;
  return n === 0;
}

/** A paragraph outside tables whose text (its inlines) changed, everything else about it equal. */
export interface TextEdit {
  id: string;
  before: Paragraph;
  after: Paragraph;
  /** The paragraph or table just before it in reading order (tables as one unit, controls looked into). */
  previousUnit: Block | null;
}

/**
 * How a document differs from the one before:
 * - `same`: nothing differs;
 * - `edits`: the same blocks in the same order, and only the text of these paragraphs
 *   outside tables changed;
 * - `other`: anything else (a block added, removed or moved, a table or a control
 *   changed, a paragraph's formatting, the page setup, the header, the custom parts…).
 */
export type DocDiff = { kind: 'same' } | { kind: 'edits'; edits: TextEdit[] } | { kind: 'other'; why: string };

/** Every block reachable without entering a table, by id (what extraction looks blocks up in). */
export type BlockIndex = Map<string, Block>;

/**
 * Compares two readings of a document. Linear in its size, stops at the first
 * difference that is not a paragraph's text. Also returns the new document's block
 * index (filled while walking).
 */
export function diffDocuments(before: DocumentModel, after: DocumentModel): { diff: DocDiff; blocks: BlockIndex } {
  const blocks: BlockIndex = new Map();
  const edits: TextEdit[] = [];
  let previousUnit: Block | null = null;
  let why: string | null = null;

  const walk = (a: readonly Block[], b: readonly Block[]): boolean => {
    if (a.length !== b.length) return !(why = 'a block was added or removed');
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      blocks.set(y.id, y);
      if (x.kind !== y.kind || x.id !== y.id) return !(why = 'the blocks changed');
      if (x.kind === 'paragraph') {
        const p = y as Paragraph;
        if (x !== p) {
          if (!sameExceptInlines(x, p)) return !(why = 'a paragraph changed beyond its text');
          if (!deepEqual(x.inlines, p.inlines)) edits.push({ id: p.id, before: x, after: p, previousUnit });
        }
        previousUnit = p;
      } else if (x.kind === 'table') {
        if (!deepEqual(x, y)) return !(why = 'a table changed');
        previousUnit = y;
      } else {
        const c = y as typeof x;
        if (!deepEqual(x.cc, c.cc)) return !(why = 'a content control changed');
        if (!walk(x.children, c.children)) return false;
      }
    }
    return true;
  };

  if (!walk(before.body, after.body)) return { diff: { kind: 'other', why: why! }, blocks };
  const { body: _a, ...restBefore } = before;
  const { body: _b, ...restAfter } = after;
  if (!deepEqual(restBefore, restAfter)) return { diff: { kind: 'other', why: 'the document outside its body changed' }, blocks };
  return { diff: edits.length ? { kind: 'edits', edits } : { kind: 'same' }, blocks };
}

function sameExceptInlines(a: Paragraph, b: Paragraph): boolean {
  return sameFields(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, 'inlines');
}
