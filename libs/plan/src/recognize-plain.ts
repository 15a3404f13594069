import { cellText, cleanText, displayText, foldKey, paragraphText } from '@cds/model';
import type { DocumentModel, Inline, Paragraph } from '@cds/model';
import { childrenOf, sectionById } from '@cds/template';
import type { Template } from '@cds/template';
import { flattenBody } from './flatten.js';
import type { Unit } from './flatten.js';
import { runInHeading } from './run-in.js';
import { headingLevel, readHeading } from './heading.js';
import type { HeadingCandidate } from './heading.js';
import { matchHeading, TITLE_THRESHOLD } from './match.js';
import type { Outline, OutlineSection, UnknownHeading } from './outline.js';
import { titleSimilarity, tokenSet } from './similarity.js';

/** Longest paragraph still read as a heading when it is not styled as one. */
const MAX_HEADING_CHARS = 250;

/**
 * Looks like a section heading even though it matched nothing: numbered or styled,
 * and short. A deeper heading inside a section the template does not subdivide
 * ("1. Sở Khoa học và Công nghệ" in V. TỔ CHỨC THỰC HIỆN) is the plan's own
 * structure, not an unknown section.
 */
function looksLikeUnknownSection(h: HeadingCandidate, t: Template, current: OutlineSection | null): boolean {
  if (!h.title || h.full.length > 200) return false;
  if (!h.styled && !(h.bold && h.number.kind !== 'none')) return false;
  const level = headingLevel(h);
  const cur = current ? sectionById(t, current.id) : undefined;
  if (cur && level !== undefined && level > cur.level && childrenOf(t, cur.id).length === 0) return false;
  return true;
}

/** An appendix heading: "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 01". */
const APPENDIX = /^phu luc\b/;

/** Could start a section number: digits, roman letters, "Phần". */
const NUMBER_START = /^\s*(\d|[IVXLCivxlc][\s.:\-–—)IVXLCivxlc]|p\S*\s)/i;

function isPlainBody(p: Paragraph): boolean {
  const text = paragraphText(p);
  if (text.length > MAX_HEADING_CHARS) return !NUMBER_START.test(text);
  if (p.props?.runDefaults?.bold || anyBold(p.inlines)) return false;
  return !NUMBER_START.test(text);
}

/** The signature block starts the document's closing: "Nơi nhận:" (in a paragraph or the signature table). */
const CLOSING = /^noi nhan\b/;

function startsClosing(u: Unit): boolean {
  if (u.kind === 'paragraph') return CLOSING.test(foldKey(paragraphText(u.block).slice(0, 20)));
  const first = u.block.rows[0]?.cells[0];
  return first ? CLOSING.test(foldKey(cellText(first).slice(0, 20))) : false;
}

function anyBold(inlines: readonly Inline[]): boolean {
  for (const i of inlines) if (i.kind === 'run' ? i.props?.bold === true : anyBold(i.children)) return true;
  return false;
}

/**
 * Recognises a plain document's sections from its headings, in one pass over the
 * body (linear in the number of paragraphs; each candidate heading is compared
 * with the ~50 template titles).
 */
export function recognizePlain(doc: DocumentModel, t: Template): Outline {
  const units = flattenBody(doc.body);
  const sections: OutlineSection[] = [];
  const unknownHeadings: UnknownHeading[] = [];
  const open: (string | undefined)[] = [];
  let current: OutlineSection | null = null;
  let inAppendix = false;
  let closing = false;
  const trailing: string[] = [];
  const lastId = t.sections[t.sections.length - 1]?.id;

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // After the signature block nothing is a section or body text; annex tables still count for the last section.
    if (!closing && current && startsClosing(u)) closing = true;
    if (u.kind === 'table') {
      current?.contentBlockIds.push(u.block.id);
      continue;
    }
    const p = u.block;
    if (closing) {
      trailing.push(p.id);
      continue;
    }
    // Plain body text (unstyled, not bold, not starting like a number, or long) is
    // never a heading: skip the reading work for it.
    if (!p.numbering && p.outlineLevel === undefined && !p.styleId && isPlainBody(p)) {
      current?.contentBlockIds.push(p.id);
      continue;
    }
    const h = readHeading(p);
    // After the template's last section, "PHỤ LỤC …" starts the appendices: their
    // headings are not the template's sections (their tables still count, under the
    // last section). Earlier, a bold "Phụ lục I" is only a table caption.
    const appendixLine = APPENDIX.test(foldKey(h.full.slice(0, 40)));
    if (appendixLine && current?.id === lastId && (h.styled || h.bold) && h.full.length <= 200) inAppendix = true;
    // Appendix titles and captions after the plan are nobody's body text; before it, a caption stays in its section.
    if (inAppendix) {
      trailing.push(p.id);
      continue;
    }
    if (appendixLine) {
      current?.contentBlockIds.push(p.id);
      continue;
    }
    const tooLong = !h.styled && h.full.length > MAX_HEADING_CHARS;
    // "1. Phát huy …: Rà soát, kiện toàn …": the title run in with the first sentence, read first
    // (the whole line can resemble the title too, and would swallow the sentence).
    let runIn = runInHeading(p);
    let match = runIn ? matchHeading(runIn.heading, t, { open }) : null;
    if (!match) {
      runIn = null;
      match = tooLong ? null : matchHeading(h, t, { open });
    }
    if (match) {
      const s = match.section;
      const section: OutlineSection = {
        id: s.id,
        headingBlockId: p.id,
        headingText: runIn && match ? runIn.heading.full : cleanText(displayText(p)),
        via: 'heading',
        foundUnder: s.level === 0 ? null : (open.slice(0, s.level).filter(Boolean).pop() ?? null),
        contentBlockIds: [],
      };
      if (runIn) section.runInText = runIn.rest;
      sections.push(section);
      open.length = s.level;
      open[s.level] = s.id;
      current = section;
      // "PHẦN I" on one line and its title on the next: the next line belongs to the heading.
      if (s.level === 0 && h.number.kind === 'part' && !h.title) {
        const next = units[i + 1];
        if (next?.kind === 'paragraph') {
          const nh = readHeading(next.block);
          const sim = Math.max(...[s.title, ...(s.titleVariants ?? [])].map((x) => titleSimilarity(tokenSet(nh.full), tokenSet(x))));
          if (sim >= TITLE_THRESHOLD) {
            section.headingText = `${section.headingText} ${cleanText(displayText(next.block))}`;
            section.headingContinuationIds = [next.block.id];
            i++;
          }
        }
      }
      continue;
    }
    // Before the first section is the title block ("KẾ HOẠCH" in the Title style): not an unknown section.
    if (current && looksLikeUnknownSection(h, t, current)) unknownHeadings.push({ blockId: p.id, text: h.full });
    current?.contentBlockIds.push(p.id);
  }
  const outline: Outline = { templateVersion: t.version, sections, unknownHeadings, structured: false };
  if (trailing.length) outline.trailingBlockIds = trailing;
  return outline;
}
