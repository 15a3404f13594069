import { cleanText, paragraphText } from '@cds/model';
import type { Inline, Paragraph, Run } from '@cds/model';
import { readHeading } from './heading.js';
import type { HeadingCandidate } from './heading.js';

/** Longest title a run-in heading can have before its colon. */
const MAX_TITLE_CHARS = 200;
/** A run-in heading starts with a section number: "1.", "III.", "2.1.". */
const NUMBERED = /^\s*(\d{1,2}(\.\d{1,2})?|[IVX]{1,5})\s*[.):\-–]/;

function runs(inlines: readonly Inline[]): Run[] {
  return inlines.flatMap((i) => (i.kind === 'run' ? [i] : runs(i.children)));
}

/**
 * Reads a paragraph as a run-in heading: a numbered title and the first sentence of
 * the section on one line, "1. Phát huy, nâng cao năng lực lãnh đạo, điều hành
 * chuyển đổi số: Rà soát, kiện toàn …". The title is the leading bold text when the
 * paragraph starts bold and goes on upright, else the text before the first colon.
 * Null when the paragraph is not numbered or has no such split; whether the title
 * names a template section is the matcher's to decide.
 */
export function runInHeading(p: Paragraph): { heading: HeadingCandidate; rest: string } | null {
  const label = p.numbering?.label ?? '';
  const text = paragraphText(p);
  if (!NUMBERED.test(label ? `${label} ${text}` : text)) return null;
  const bold = boldLead(p);
  const title = bold ?? beforeColon(text);
  if (!title) return null;
  const rest = cleanText(text.slice(title.length).replace(/^[\s:.\-–—]+/, ''));
  if (!rest) return null;
  // The title keeps the paragraph's own formatting: only a bold lead reads as a formatted heading.
  const headingPara: Paragraph = {
    ...p,
    props: { ...p.props, runDefaults: { ...p.props?.runDefaults, bold: bold !== null } },
    inlines: [{ kind: 'run', text: cleanText(title).replace(/[\s:.\-–—]+$/, ''), props: { bold: bold !== null } }],
  };
  return { heading: readHeading(headingPara), rest };
}

/** The leading bold text, when bold runs are followed by upright text. */
function boldLead(p: Paragraph): string | null {
  const paraBold = p.props?.runDefaults?.bold === true;
  let lead = '';
  let sawPlain = false;
  for (const r of runs(p.inlines)) {
    const bold = r.props?.bold ?? paraBold;
    if (bold && !sawPlain) lead += r.text;
    else if (r.text.trim()) {
      sawPlain = true;
      break;
    } else if (!sawPlain) lead += r.text;
  }
  return sawPlain && lead.trim() && lead.length <= MAX_TITLE_CHARS ? lead : null;
}

function beforeColon(text: string): string | null {
  const colon = text.indexOf(':');
  return colon > 0 && colon <= MAX_TITLE_CHARS ? text.slice(0, colon + 1) : null;
}
