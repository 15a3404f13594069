import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { PlanData, PlanSection } from './schema.js';

/**
 * A plan split into parts for section-level sync: the plan-level rest and one body
 * per section, each hashed canonically. The add-in and the server run this same
 * function, so a section the server already holds is named by its hash and not sent.
 *
 * - Every row list (indicators, tasks, projects2025, tables, ignores) is cut into
 *   consecutive runs, one per section, in section order; rows before any known section
 *   stay in the rest. Concatenating rest + bodies in order gives each list back exactly.
 * - Block ids are positional (`b123`, `p45`, `t3.r2`): a paragraph inserted early would
 *   shift every later id and change every later hash. Inside a body, ids are stored
 *   relative to the body's smallest id of the same letter (`b+2.r1`), and those offsets
 *   sit in the revision's list, so a one-section edit is a one-body change.
 */

/** The arrays of PlanData that are cut into runs per section. */
export const ROW_LISTS = ['indicators', 'tasks', 'projects2025', 'tables', 'ignores'] as const;
export type RowList = (typeof ROW_LISTS)[number];
type Rows = { [K in RowList]?: NonNullable<PlanData[K]> };

/** One section's part: its section entry and its runs of rows, ids relative to the offsets. */
export type SectionBody = { section: PlanSection } & Rows;
/** The plan-level rest: every field but `sections`; row lists hold only the rows before the first section. */
export type PlanRest = Omit<PlanData, 'sections'>;

/** Where one section's body is, and the offsets its relative ids are counted from. */
export interface SectionRef {
  /** SHA-256 (hex) of the body's canonical JSON. */
  hash: string;
  /** Id letter → the number relative ids add to (absent when the body has no positional id). */
  offsets?: Record<string, number>;
}

/** A revision as hashes: enough, with the bodies, to rebuild the plan exactly. */
export interface SectionList {
  /** Hash of the rest's canonical JSON. */
  rest: string;
  sections: SectionRef[];
}

export interface SplitPlan {
  list: SectionList;
  rest: PlanRest;
  /** Bodies by hash (a body repeated in one plan appears once). */
  bodies: Map<string, SectionBody>;
  /** Canonical JSON of each part by hash (rest included): what is hashed and stored. */
  texts: Map<string, string>;
}

/** Sorted key lists by object shape (its keys in insertion order): plans repeat a few shapes thousands of times. */
const sortedKeys = new Map<string, string[]>();
const MAX_SHAPES = 10_000;

/** JSON with object keys sorted at every depth; otherwise as JSON.stringify writes it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (i > 0) out += ',';
      out += v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v);
    }
    return `${out}]`;
  }
  const keys = Object.keys(value);
  const shape = keys.join('\u0000');
  let sorted = sortedKeys.get(shape);
  if (!sorted) {
    sorted = [...keys].sort();
    if (sortedKeys.size < MAX_SHAPES) sortedKeys.set(shape, sorted);
  }
  let out = '{';
  let first = true;
  for (const k of sorted) {
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined || typeof v === 'function') continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(k)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/** SHA-256 of a text's UTF-8 bytes, hex (pure: the same in the browser and in node). */
export const sha256Text = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** Hash of a part: SHA-256 of its canonical JSON. */
export const partHash = (part: unknown): string => sha256Text(canonicalJson(part));

// ---- ids relative to a section ----

/** Keys whose string values are block ids (items' blocks too: `contentBlockIds` holds a list of them). */
const ID_KEYS = new Set(['blockId', 'labelBlockId', 'controlId']);
const LIST_ID_KEY = 'contentBlockIds';
/** A positional id: one letter, a number without leading zeros, then anything (`.r2.c1`). */
const POSITIONAL = /^([a-z])(0|[1-9]\d*)((?:\..*)?)$/s;
/** What a relative id looks like; an original id of this shape is escaped with `!`. */
const RELATIVE = /^([a-z])([+-])(\d+)(.*)$/s;
const looksEncoded = (s: string) => s.startsWith('!') || /^[a-z][+-]/.test(s);

function encodeId(id: string, offsets: Record<string, number>): string {
  const m = POSITIONAL.exec(id);
  if (m && offsets[m[1]!] !== undefined && Number.isSafeInteger(Number(m[2]))) {
    const d = Number(m[2]) - offsets[m[1]!]!;
    return `${m[1]}${d < 0 ? '-' : '+'}${Math.abs(d)}${m[3]}`;
  }
  return looksEncoded(id) ? `!${id}` : id;
}

function decodeId(id: string, offsets: Record<string, number>): string {
  if (id.startsWith('!')) return id.slice(1);
  const m = RELATIVE.exec(id);
  if (!m) return id;
  const base = offsets[m[1]!] ?? 0;
  const n = m[2] === '-' ? base - Number(m[3]) : base + Number(m[3]);
  return `${m[1]}${n}${m[4]}`;
}

/** Copies a JSON value with every block id mapped (only at the id keys, nowhere else). */
function mapIds<T>(value: T, f: (id: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (ID_KEYS.has(k) && typeof x === 'string') out[k] = f(x);
      else if (k === LIST_ID_KEY && Array.isArray(x)) out[k] = x.map((e) => (typeof e === 'string' ? f(e) : walk(e)));
      else out[k] = walk(x);
    }
    return out;
  };
  return walk(value) as T;
}

/** The smallest number of each id letter in a value. */
function offsetsOf(value: unknown): Record<string, number> {
  const min: Record<string, number> = {};
  mapIds(value, (id) => {
    const m = POSITIONAL.exec(id);
    if (m) {
      const n = Number(m[2]);
      if (Number.isSafeInteger(n) && !(min[m[1]!]! <= n)) min[m[1]!] = n;
    }
    return id;
  });
  return min;
}

// ---- split and join ----

/** Which section each row of a list belongs to: a non-decreasing index, -1 before the first. */
function runsOf(plan: PlanData, list: RowList, byId: Map<string, number>, tableSection: Map<string, number>): number[] {
  const rows = (plan[list] ?? []) as { blockId?: string | null; section?: string | null }[];
  const out: number[] = [];
  let prev = -1;
  for (const row of rows) {
    const table = typeof row.blockId === 'string' ? tableSection.get(row.blockId.split('.')[0]!) : undefined;
    const own = table ?? (typeof row.section === 'string' ? byId.get(row.section) : undefined);
    prev = Math.max(prev, own ?? prev);
    out.push(prev);
  }
  return out;
}

/** A SHA-256 of text as hex; the server passes node's native one (same digest, about 20× faster than the pure one). */
export type TextHasher = (text: string) => string;

/** Splits a plan into its rest and section bodies, with the list that names them. */
export function splitPlan(plan: PlanData, hashText: TextHasher = sha256Text): SplitPlan {
  const byId = new Map<string, number>();
  plan.sections.forEach((s, i) => byId.has(s.id) || byId.set(s.id, i));
  // A table row's section is its table's; tables name their own section.
  const tableSection = new Map<string, number>();
  for (const t of plan.tables ?? []) {
    const i = t.section === null ? undefined : byId.get(t.section);
    if (i !== undefined && !tableSection.has(t.blockId)) tableSection.set(t.blockId, i);
  }
  const raw: Rows[] = plan.sections.map(() => ({}));
  const { sections: _sections, ...rest } = plan;
  const restOut = { ...rest } as Record<string, unknown>;
  for (const list of ROW_LISTS) {
    const rows = plan[list];
    if (!rows) continue;
    const at = runsOf(plan, list, byId, tableSection);
    restOut[list] = rows.filter((_, i) => at[i] === -1);
    rows.forEach((row, i) => {
      const j = at[i]!;
      if (j >= 0) ((raw[j]![list] ??= []) as unknown[]).push(row);
    });
  }
  const texts = new Map<string, string>();
  const bodies = new Map<string, SectionBody>();
  const restText = canonicalJson(restOut);
  const restHash = hashText(restText);
  texts.set(restHash, restText);
  const refs = plan.sections.map((section, i): SectionRef => {
    const whole = { section, ...raw[i] };
    const offsets = offsetsOf(whole);
    const body = mapIds(whole, (id) => encodeId(id, offsets)) as SectionBody;
    const text = canonicalJson(body);
    const hash = hashText(text);
    if (!texts.has(hash)) {
      texts.set(hash, text);
      bodies.set(hash, body);
    }
    return Object.keys(offsets).length ? { hash, offsets } : { hash };
  });
  return { list: { rest: restHash, sections: refs }, rest: restOut as PlanRest, bodies, texts };
}

/**
 * Rebuilds a plan from its list and parts (bodies as stored: relative ids). The result
 * deep-equals the plan `splitPlan` was given. `bodyOf` throws or returns undefined for
 * an unknown hash; the join then throws (callers check the hashes first).
 */
export function joinPlan(list: SectionList, rest: PlanRest, bodyOf: (hash: string) => SectionBody | undefined): PlanData {
  const sections: PlanSection[] = [];
  const rows: Record<string, unknown[]> = {};
  for (const list of ROW_LISTS) if (rest[list]) rows[list] = [...(rest[list] as unknown[])];
  for (const ref of list.sections) {
    const stored = bodyOf(ref.hash);
    if (!stored) throw new Error(`section body ${ref.hash} is missing`);
    const body = mapIds(stored, (id) => decodeId(id, ref.offsets ?? {}));
    sections.push(body.section);
    for (const k of ROW_LISTS) if (body[k]?.length) (rows[k] ??= []).push(...body[k]);
  }
  const { templateVersion, agency, indicators: _i, tasks: _t, projects2025: _p, tables: _tb, ignores: _g, ...other } = rest;
  const plan: Record<string, unknown> = { templateVersion, agency, sections };
  for (const k of ['indicators', 'tasks', 'projects2025', 'ignores', 'tables'] as const) if (rows[k]) plan[k] = rows[k];
  return { ...plan, ...other } as PlanData;
}

/** The hashes a list names (rest first), each once. */
export function listHashes(list: SectionList): string[] {
  return [...new Set([list.rest, ...list.sections.map((s) => s.hash)])];
}
