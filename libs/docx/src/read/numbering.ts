import type { Numbering } from '@cds/model';
import type { Budget } from './budget.js';
import { bulletChar, formatNumber } from './numformat.js';
import { num } from './props.js';
import { attr, child, childVal, kids, tag, type XNode } from './xml.js';

interface Level {
  start: number;
  fmt: string;
  text: string;
  /** `w:lvlRestart`: 1-based level after which this one restarts; 0 = never; undefined = any higher level. */
  restart?: number;
  legal: boolean;
  pStyle?: string;
}

interface Num {
  abstractId: string;
  /** Per level: start override and/or replacement level definition. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

/**
 * numbering.xml and the running counters. Labels are produced in document order by
 * `next`, so the reader must call it once per numbered paragraph, in order.
 */
export class NumberingState {
  private readonly abstracts = new Map<string, { levels: Level[]; styleLink?: string }>();
  private readonly nums = new Map<string, Num>();
  /** Counters per abstractNum, one slot per level (undefined = not started). */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** numId:level pairs whose startOverride has been applied. */
  private readonly applied = new Set<string>();

  constructor(
    /** numbering.xml's root, or its top-level elements (as the stream reader collects them). */
    rootEl: XNode | readonly XNode[] | undefined,
    private readonly styleNumId: (styleId: string) => string | undefined,
    private readonly budget?: Budget,
  ) {
    for (const n of Array.isArray(rootEl) ? rootEl : rootEl ? kids(rootEl as XNode) : []) {
      const t = tag(n);
      if (t === 'w:abstractNum') {
        const id = attr(n, 'w:abstractNumId');
        if (id === undefined) continue;
        const levels: Level[] = [];
        for (const l of kids(n)) {
          const ilvl = num(attr(l, 'w:ilvl')) ?? 0;
          if (tag(l) === 'w:lvl' && ilvl >= 0 && ilvl < 9) levels[ilvl] = levelOf(l);
        }
        this.abstracts.set(id, { levels, styleLink: childVal(n, 'w:numStyleLink') });
      } else if (t === 'w:num') {
        const id = attr(n, 'w:numId');
        const abstractId = childVal(n, 'w:abstractNumId');
        if (id === undefined || abstractId === undefined) continue;
        const overrides: Num['overrides'] = new Map();
        for (const o of kids(n)) {
          if (tag(o) !== 'w:lvlOverride') continue;
          const start = childVal(o, 'w:startOverride');
          const lvl = child(o, 'w:lvl');
          overrides.set(num(attr(o, 'w:ilvl')) ?? 0, { start: startOf(start), level: lvl ? levelOf(lvl) : undefined });
        }
        this.nums.set(id, { abstractId, overrides });
      }
    }
  }

  /** The level a style-linked list uses for a paragraph style (`w:lvl/w:pStyle`). */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const levels = this.levels(numId);
    const i = levels?.findIndex((l) => l?.pStyle === styleId);
    return i !== undefined && i >= 0 ? i : undefined;
  }

  /** Advances the counters for one paragraph and returns its label; undefined if the list is unknown. */
  next(numId: string, ilvl: number): Numbering | undefined {
    const num = this.nums.get(numId);
    const levels = this.levels(numId);
    if (!num || !levels) return undefined;
    const lvlAt = (i: number): Level | undefined => num.overrides.get(i)?.level ?? levels[i];
    const level = lvlAt(ilvl);
    if (!level) return undefined;
    // Counters belong to the abstractNum: numIds sharing it continue one list. A
    // startOverride resets its level once, where its numId is first used (how Word
    // and LibreOffice both write "restart numbering here").
    const key = this.abstractOf(numId) ?? numId;
    let c = this.counters.get(key);
    if (!c) this.counters.set(key, (c = []));
    const startAt = (i: number): number => lvlAt(i)?.start ?? 1;
    const override = num.overrides.get(ilvl)?.start;
    const first = override !== undefined && !this.applied.has(`${numId}:${ilvl}`);
    if (first) this.applied.add(`${numId}:${ilvl}`);
    c[ilvl] = first ? override : c[ilvl] === undefined ? startAt(ilvl) : c[ilvl]! + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const r = lvlAt(k)?.restart;
      if (r === undefined || (r !== 0 && ilvl < r)) c[k] = undefined;
    }
    let label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = lvlAt(i);
      const v = c![i] ?? startAt(i);
      // A huge w:start (1e300) must be refused, not rendered as a million-letter label.
      this.budget?.counter(v);
      return formatNumber(v, level.legal && i < ilvl ? 'decimal' : (l?.fmt ?? 'decimal'));
    });
    if (level.fmt === 'bullet') label = bulletChar(label);
    return { numId, level: ilvl, label: clipLabel(label), format: level.fmt };
  }

  private abstractOf(numId: string): string | undefined {
    let abs = this.nums.get(numId)?.abstractId;
    // A numStyleLink points at a numbering style whose numPr names the real list.
    for (let hop = 0; hop < 3 && abs !== undefined; hop++) {
      const link = this.abstracts.get(abs)?.styleLink;
      const linked = link ? this.styleNumId(link) : undefined;
      const next = linked ? this.nums.get(linked)?.abstractId : undefined;
      if (!next || next === abs) break;
      abs = next;
    }
    return abs;
  }

  private levels(numId: string): Level[] | undefined {
    const abs = this.abstractOf(numId);
    return abs === undefined ? undefined : this.abstracts.get(abs)?.levels;
  }
}

/** Word 2010+ writes custom formats ("001, 002, …") as an alternate whose Fallback names a classic numFmt. */
function alternateFormat(l: XNode): string | undefined {
  const alt = child(l, 'mc:AlternateContent');
  return childVal(child(alt, 'mc:Fallback'), 'w:numFmt') ?? childVal(child(alt, 'mc:Choice'), 'w:numFmt');
}

/** Word keeps a level's text to 255 characters; longer labels come only from damaged files. */
const MAX_LABEL = 255;

function clipLabel(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  const chars = [...label.slice(0, MAX_LABEL + 1)];
  return chars.slice(0, MAX_LABEL).join('');
}

/** A counter start: an integer (damaged files write fractions, exponents, anything). */
function startOf(v: string | undefined): number | undefined {
  const n = num(v);
  return n === undefined ? undefined : Math.trunc(n);
}

function levelOf(l: XNode): Level {
  const restart = childVal(l, 'w:lvlRestart');
  const legal = child(l, 'w:isLgl');
  return {
    start: startOf(childVal(l, 'w:start')) ?? 1,
    fmt: childVal(l, 'w:numFmt') ?? alternateFormat(l) ?? 'decimal',
    text: (childVal(l, 'w:lvlText') ?? '').slice(0, MAX_LABEL),
    restart: num(restart),
    legal: !!legal && attr(legal, 'w:val') !== '0' && attr(legal, 'w:val') !== 'false',
    pStyle: childVal(l, 'w:pStyle'),
  };
}
