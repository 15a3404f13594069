import type { DocumentModel } from '@cds/model';
import type { ParagraphInfo } from './index.js';

/**
 * A rule's per-paragraph result, memoised on the paragraph's index entry. An entry is a
 * new object whenever its paragraph's content or place (section, item, heading, table)
 * changes, and the incremental analyzer (`createAnalyzer`) keeps the entry of an
 * unchanged paragraph from one pass to the next, so a document-wide rule run again after
 * an edit recomputes only the edited paragraphs. `deps` is whatever else the result
 * depends on, compared with ===.
 */
export function paragraphMemo<T>(): (p: ParagraphInfo, deps: unknown, compute: () => T) => T {
  // Each memo has its slot in the entry's `memo` list (a field read, cheaper than a WeakMap on every paragraph).
  const slot = slots++;
  return (p, deps, compute) => {
    if (!enabled) return compute();
    const memo = (p.memo ??= []);
    const hit = memo[slot] as { deps: unknown; value: T } | undefined;
    if (hit && hit.deps === deps) return hit.value;
    const value = compute();
    memo[slot] = { deps, value };
    return value;
  };
}

let slots = 0;

let enabled = false;

/**
 * Runs `fn` with the per-paragraph memos on. Only the incremental analyzer turns them
 * on: it keeps index entries across passes, so the memos pay for themselves; a single
 * `analyze()` would only fill them.
 */
export function memoising<T>(fn: () => T): T {
  const was = enabled;
  enabled = true;
  try {
    return fn();
  } finally {
    enabled = was;
  }
}

/** True inside `memoising`. */
export function memoOn(): boolean {
  return enabled;
}

/** The document defaults a paragraph's effective formatting falls back on, as one comparable value. */
export function defaultsKey(doc: DocumentModel): string {
  return `${doc.defaults.font ?? ''}\u0000${doc.defaults.sizePt ?? ''}`;
}
