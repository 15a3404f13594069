import { cleanText, foldKey, paragraphText } from '@cds/model';
import type { DocumentModel } from '@cds/model';
import { agencies } from '@cds/template';
import type { Agency } from '@cds/template';
import type { AgencyKind } from './schema.js';

export interface DetectedAgency {
  name: string | null;
  kind: AgencyKind | null;
  /** The agency from the reference list, when the header names one. */
  agency?: Agency;
}

const KEYED = agencies.map((a) => ({ a, key: foldKey(a.headerName) }));

/** Folded openings of central agencies' names ("BỘ …", "NGÂN HÀNG NHÀ NƯỚC", …). */
const CENTRAL_PREFIXES = [
  'bo ',
  'ngan hang nha nuoc',
  'van phong chinh phu',
  'thanh tra chinh phu',
  'dai tieng noi',
  'dai truyen hinh',
  'thong tan xa',
  'vien han lam',
];
const PROVINCE = /^(uy ban nhan dan|ubnd)\s+(tinh|thanh pho|tp)\s+(.+)$/;

function fromLine(line: string): DetectedAgency | null {
  const key = foldKey(line);
  if (!key) return null;
  for (const { a, key: k } of KEYED) if (key === k || key.startsWith(`${k} `)) return { name: a.name, kind: a.kind, agency: a };
  const m = PROVINCE.exec(key);
  // "UBND TỈNH CAO BẰNG", "UBND TP. HUẾ": the list's name when the place is known.
  const known = m && KEYED.find(({ a }) => a.kind === 'province' && foldKey(a.name.replace(/^(Tỉnh|Thành phố) /, '')) === m[3]);
  if (known) return { name: known.a.name, kind: 'province', agency: known.a };
  if (m) return { name: cleanText(line).replace(/^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+/i, ''), kind: 'province' };
  if (CENTRAL_PREFIXES.some((p) => key.startsWith(p)) && key.split(' ').length <= 12) return { name: cleanText(line), kind: 'central' };
  return null;
}

/**
 * Reads the submitting agency from the page header, else from the preamble lines
 * before the first section heading ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", on one line or
 * two; "BỘ Y TẾ"; "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"). Known agencies give their
 * official name; others keep the text as written.
 */
export function detectAgency(doc: DocumentModel, firstHeadingBlockId?: string): DetectedAgency {
  const preamble: string[] = [];
  const visit = (blocks: DocumentModel['body']): boolean => {
    for (const b of blocks) {
      if (b.id === firstHeadingBlockId || preamble.length >= 20) return false;
      if (b.kind === 'paragraph') {
        const t = cleanText(paragraphText(b));
        if (t) preamble.push(t);
      } else if (b.kind === 'blockControl') {
        if (!visit(b.children)) return false;
      } else {
        for (const row of b.rows) for (const cell of row.cells) if (!visit(cell.blocks)) return false;
      }
    }
    return true;
  };
  visit(doc.body);
  for (const lines of [(doc.headerText ?? []).map(cleanText).filter(Boolean), preamble]) {
    for (let i = 0; i < lines.length; i++) {
      const joined = lines[i + 1] !== undefined ? fromLine(`${lines[i]} ${lines[i + 1]}`) : null;
      // Prefer the two-line reading when it names a known agency ("ỦY BAN NHÂN DÂN" / "TỈNH CAO BẰNG").
      if (joined?.agency) return joined;
      const single = fromLine(lines[i]!);
      if (single) return single;
      if (joined) return joined;
    }
  }
  return { name: null, kind: null };
}
