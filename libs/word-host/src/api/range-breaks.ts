import type { Block, PageSetup } from '@cds/model';
import { errors } from '../errors.js';
import { insertBlocks, newParagraph } from '../doc/edit.js';
import { inlineTextOf, type DocIndex } from '../doc/tree.js';
import { NotImplementedError } from '../runtime/guard.js';
import type { HostState } from '../runtime/state.js';
import { insertTextAt } from './range-edit.js';
import { at, endPoint, pieces, startPoint, type RangeTarget } from './range-target.js';

/** Word's manual line break ("\v"); insertText keeps it in the model as '\n' (`w:br` in the file). */
const LINE_BREAK = '\u000b';

/** The top-level block holding a paragraph (sections break between top-level blocks). */
function topBlock(host: HostState, p: Block): Block {
  return (host.index().locs.get(p)?.ancestors[0] as Block | undefined) ?? p;
}

/** Ends a section after `block` (a top-level block): a new PageSetup like the one it splits. */
function breakSectionAfter(host: HostState, block: Block): void {
  const body = host.doc.body;
  const k = body.indexOf(block);
  if (k < 0) throw errors.invalidArgument('a section break needs a place in the main body');
  const sections = host.sectionsNow();
  const i = sections.findIndex((s, n) => n === sections.length - 1 || (s.endsAfterBlock ?? Infinity) >= k);
  const split = sections[i]!;
  if (split.endsAfterBlock === k) return; // a break is already there
  const fresh: PageSetup = structuredClone(split);
  delete fresh.pageNumber; // page numbering stays with the section's header/footer, which the old section keeps
  fresh.endsAfterBlock = k;
  sections.splice(i, 0, fresh);
  host.sectionEnds.set(fresh, block);
}

/**
 * `insertBreak(breakType, location)`: Line inserts a manual line break; SectionNext ends
 * the section (next page). The document model has no page break, column break or
 * continuous/even/odd section kinds, so those fail loudly rather than being dropped.
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertbreak-member(1)
 */
export function insertBreakAt(host: HostState, r: RangeTarget, breakType: string, where: string): void {
  const idx = host.index();
  const point = where === 'Start' || where === 'Before' ? startPoint(idx, r) : endPoint(idx, r);
  if (!point) throw errors.itemNotFound('empty range');
  if (breakType === 'Line') {
    insertTextAt(host, at(point), LINE_BREAK, 'Start');
    return;
  }
  if (breakType === 'SectionNext' || breakType === 'Next') {
    const block = topBlock(host, point.paragraph);
    if (where === 'Before' || where === 'Start') {
      const body = host.doc.body;
      const k = body.indexOf(block);
      if (k > 0) return breakSectionAfter(host, body[k - 1]!);
      const p = newParagraph(host, '');
      insertBlocks(host, host.doc, 0, [p]);
      return breakSectionAfter(host, p);
    }
    if (host.doc.body.at(-1) === block) insertBlocks(host, host.doc, host.doc.body.length, [newParagraph(host, '')]);
    return breakSectionAfter(host, block);
  }
  if (['Page', 'SectionContinuous', 'SectionEven', 'SectionOdd'].includes(breakType))
    throw new NotImplementedError(`insertBreak('${breakType}') (the document model has no place for it)`);
  throw errors.invalidArgument(`breakType '${breakType}'`);
}

const SPACING = /[ \t\u000b\r\n]/;

/**
 * `getTextRanges(endingMarks, trimSpacing)`: the text cut after each ending mark and at
 * every paragraph end; with trimSpacing, spaces, tabs and breaks are trimmed from both
 * ends and ranges left empty are dropped.
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-gettextranges-member(1)
 */
export function textRanges(idx: DocIndex, r: RangeTarget, endingMarks: string[], trimSpacing: boolean, dropMarks = false): RangeTarget[] {
  if (!Array.isArray(endingMarks)) throw errors.invalidArgument('endingMarks must be an array of strings');
  const marks = endingMarks.filter((m) => typeof m === 'string' && m.length > 0);
  const out: RangeTarget[] = [];
  for (const piece of pieces(idx, r)) {
    const text = inlineTextOf(piece.paragraph.inlines);
    let s = piece.start;
    const push = (a: number, b: number) => {
      if (trimSpacing) {
        while (a < b && SPACING.test(text[a]!)) a++;
        while (b > a && SPACING.test(text[b - 1]!)) b--;
      }
      if (b > a || (!trimSpacing && b === a && a === piece.start && piece.end === piece.start))
        out.push({ kind: 'span', paragraph: piece.paragraph, start: a, end: b });
    };
    for (let i = piece.start; i < piece.end; i++) {
      const m = marks.find((mk) => text.startsWith(mk, i) && i + mk.length <= piece.end);
      if (!m) continue;
      push(s, dropMarks ? i : i + m.length);
      i += m.length - 1;
      s = i + 1;
    }
    if (s < piece.end || s === piece.start) push(s, piece.end);
  }
  return out;
}
