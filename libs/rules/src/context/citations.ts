import { fold } from './fold.js';
import type { KnownDocument } from '@cds/template';
import { citationNumberCore, citationNumberKey, citationSerial, findCitations, type Citation } from '@cds/vn';
import type { RuleContext } from '../rule.js';
import { indexOf, type ParagraphInfo } from './index.js';
import { paragraphMemo } from './memo.js';

/** How a citation relates to a known document. */
export type CitationMatch = 'same' | 'wrong-date' | 'wrong-number' | 'other';

/**
 * Compares a citation with a known document of the same kind: the same number
 * with another date is a wrong date; the same letters and digits written
 * differently ("57/NQ-TW"), or the same serial and date with another suffix, is a
 * wrong number; anything else is another document.
 */
export function compareCitation(c: Citation, d: KnownDocument): CitationMatch {
  if (fold(c.kind) !== fold(d.kind)) return 'other';
  if (citationNumberKey(c.number) === citationNumberKey(d.number)) return c.date && c.date !== d.date ? 'wrong-date' : 'same';
  if (citationNumberCore(c.number) === citationNumberCore(d.number)) return 'wrong-number';
  if (citationSerial(c.number) === citationSerial(d.number) && c.date === d.date) return 'wrong-number';
  return 'other';
}

/** An ISO date as official documents print it: "01/4/2025". */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/** Cheap pre-check on the folded paragraph: it names a kind of legal document and a number. */
const CITES = /\b(nghi quyet|quyet dinh|thong tu|nghi dinh|chi thi|ket luan|cong van|van ban|luat) (so )?\d/;

/** A citation of a document the template knows, where it was found and how it compares. */
export interface KnownCitation {
  paragraph: ParagraphInfo;
  citation: Citation;
  document: KnownDocument;
  match: Exclude<CitationMatch, 'same' | 'other'>;
}

const memo = new WeakMap<RuleContext, KnownCitation[]>();
/** Each paragraph's faulty citations, for one list of known documents (see `paragraphMemo`). */
const perParagraph = paragraphMemo<Omit<KnownCitation, 'paragraph'>[]>();
const NONE: Omit<KnownCitation, 'paragraph'>[] = [];

/** Wrongly dated or numbered citations of known documents, outside tables (shared by the two citation rules). */
export function faultyCitations(ctx: RuleContext): KnownCitation[] {
  let out = memo.get(ctx);
  if (out) return out;
  out = [];
  for (const p of indexOf(ctx).paragraphs) {
    const found = perParagraph(p, ctx.template.knownDocuments, () => {
      if (p.tableId || !CITES.test(p.folded)) return NONE;
      const here: Omit<KnownCitation, 'paragraph'>[] = [];
      for (const c of findCitations(p.text))
        for (const d of ctx.template.knownDocuments) {
          const match = compareCitation(c, d);
          if (match === 'wrong-date' || match === 'wrong-number') here.push({ citation: c, document: d, match });
        }
      return here;
    });
    for (const f of found) out.push({ paragraph: p, ...f });
  }
  memo.set(ctx, out);
  return out;
}
