import { sectionKeys } from '@cds/template';
import type { Template, TemplateSection } from '@cds/template';
import type { HeadingCandidate, HeadingNumber } from './heading.js';
import { numberValue } from './roman.js';
import { titleSimilarity, tokenSet } from './similarity.js';

/** Title similarity needed for a heading-formatted paragraph (styled, bold or numbered and short). */
export const TITLE_THRESHOLD = 0.75;
/** Similarity needed for a plain body paragraph to count as a heading anyway. */
export const BODY_TITLE_THRESHOLD = 0.9;

interface Entry {
  section: TemplateSection;
  titles: Set<string>[];
  top: string;
}

/** Template sections with their title word sets, built once per template. */
const cache = new WeakMap<Template, Entry[]>();
function entriesOf(t: Template): Entry[] {
  let e = cache.get(t);
  if (!e) {
    e = t.sections.map((section) => ({
      section,
      titles: sectionKeys(section).titles.map((k) => tokenSet(k)),
      top: section.id.split('.')[0]!,
    }));
    cache.set(t, e);
  }
  return e;
}

type NumberAgreement = 'exact' | 'value' | 'none' | 'conflict';

/** Does the typed number fit the section? "III." for P2.III is exact, "3." is the same value in the wrong style. */
function agreement(n: HeadingNumber, s: TemplateSection): NumberAgreement {
  if (n.kind === 'none') return 'none';
  if (n.kind === 'decimal') return s.level === 3 && s.number === `${n.value[0]}.${n.value[1]}` ? 'exact' : 'conflict';
  const v = numberValue(s.number);
  if (v === null || n.value !== v) return 'conflict';
  const expectedKind = s.level === 0 ? 'part' : s.level === 1 ? 'roman' : 'arabic';
  if (n.kind === expectedKind) return 'exact';
  return s.level === 0 ? 'conflict' : 'value';
}

export interface MatchContext {
  /** Ids of the sections currently open, by level (0 = Phần). */
  open: (string | undefined)[];
}

export interface HeadingMatch {
  section: TemplateSection;
  score: number;
}

/**
 * The template section a heading names, decided by its title (folded, tolerant to
 * small wording differences), its number, and where we are in the tree: a title
 * that exists twice ("6. An toàn thông tin mạng") goes to the one whose parent is
 * open, else to the one in the current Phần.
 */
export function matchHeading(h: HeadingCandidate, t: Template, ctx: MatchContext): HeadingMatch | null {
  const formatted = h.styled || h.bold;
  const numbered = h.number.kind !== 'none';
  if (!formatted && !numbered) return null;
  const found = tokenSet(h.title);
  let best: HeadingMatch | null = null;
  for (const e of entriesOf(t)) {
    const s = e.section;
    let title = 0;
    for (const k of e.titles) title = Math.max(title, titleSimilarity(found, k));
    const num = agreement(h.number, s);
    const parentOpen = s.parent === undefined || ctx.open[s.level - 1] === s.parent;
    const samePart = ctx.open[0] === e.top;
    const accepted =
      title >= (formatted ? TITLE_THRESHOLD : BODY_TITLE_THRESHOLD) ||
      (numbered && title >= TITLE_THRESHOLD && parentOpen && num === 'exact') ||
      (formatted && title >= 0.5 && parentOpen && num === 'exact') ||
      (s.level === 0 && h.number.kind === 'part' && num === 'exact' && (title >= 0.3 || found.size === 0));
    if (!accepted) continue;
    const score = title + (parentOpen ? 0.3 : samePart ? 0.15 : 0) + (num === 'exact' ? 0.1 : num === 'value' ? 0.05 : num === 'conflict' ? -0.1 : 0);
    if (!best || score > best.score) best = { section: s, score };
  }
  return best;
}
