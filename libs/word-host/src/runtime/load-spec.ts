/** A parsed `load()` argument: which scalars to read and which navigation properties to follow. */
export interface LoadSpec {
  /** Scalar names; 'all' when nothing was named (`load()` or a bare navigation path). */
  scalars: string[] | 'all';
  navs: Map<string, LoadSpec>;
  top?: number;
  skip?: number;
}

export type LoadArg = string | string[] | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number } | undefined;

const split = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : (v ?? '').split(',')).map((s) => s.trim()).filter((s) => s.length > 0);

/**
 * Parses `load('text,style')`, `load(['font/name'])`, `load({ select, expand, top })`.
 * For collections office.js accepts both `items/text` and `text`; the prefix is dropped.
 */
export function parseLoad(arg: LoadArg, isCollection: boolean): LoadSpec {
  const paths = typeof arg === 'object' && arg !== null && !Array.isArray(arg) ? [...split(arg.select), ...split(arg.expand)] : split(arg);
  const spec: LoadSpec = { scalars: [], navs: new Map() };
  if (typeof arg === 'object' && arg !== null && !Array.isArray(arg)) {
    if (arg.top !== undefined) spec.top = arg.top;
    if (arg.skip !== undefined) spec.skip = arg.skip;
  }
  for (const raw of paths) {
    const path = isCollection && raw.startsWith('items/') ? raw.slice('items/'.length) : raw;
    if (isCollection && path === 'items') continue;
    if (path === '$none') continue;
    add(spec, path.split('/'));
  }
  if (spec.navs.size === 0 && (spec.scalars as string[]).length === 0 && !paths.includes('$none')) spec.scalars = 'all';
  return spec;
}

function add(spec: LoadSpec, parts: string[]): void {
  const [head, ...rest] = parts;
  if (!head) return;
  if (rest.length === 0) {
    // Could be a scalar or a navigation property; the object decides at sync.
    if (spec.scalars !== 'all') spec.scalars.push(head);
    return;
  }
  let sub = spec.navs.get(head);
  if (!sub) {
    sub = { scalars: [], navs: new Map() };
    spec.navs.set(head, sub);
  }
  add(sub, rest);
}
