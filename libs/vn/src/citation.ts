import { foldSameLength } from './fold.js';

/** A legal document cited in a text. */
export interface Citation {
  /** Document kind as the standard names it: "Nghị quyết", "Quyết định", … */
  kind: string;
  /** The number as written ("71/NQ-CP", "749/QĐ-TTg"). */
  number: string;
  /** Date of issue (ISO), when the citation gives one. */
  date: string | null;
  /** [start, end) offsets in the NFC form of the text. */
  span: [number, number];
}

const KINDS: ReadonlyArray<[string, string]> = [
  ['nghi quyet', 'Nghị quyết'],
  ['quyet dinh', 'Quyết định'],
  ['thong tu', 'Thông tư'],
  ['nghi dinh', 'Nghị định'],
  ['chi thi', 'Chỉ thị'],
  ['ket luan', 'Kết luận'],
  ['cong van', 'Công văn'],
  ['van ban', 'Văn bản'],
  ['luat', 'Luật'],
];

const KIND_RE = new RegExp(`\\b(${KINDS.map(([k]) => k).join('|')})\\s+(?:so\\s*:?\\s*)?(\\d+(?:[/-][a-z0-9]+)*)`, 'g');
const DATE_RE = /^[^]{0,80}?\bngay\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|thang\s+(\d{1,2})\s+nam\s+(\d{4}))/;

/**
 * Finds legal document citations ("Nghị quyết số 71/NQ-CP ngày 01/4/2025",
 * "Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020"), in any case, NFC or NFD.
 * The date is the first "ngày …" after the number, unless another citation starts first.
 */
export function findCitations(text: string): Citation[] {
  const nfc = text.normalize('NFC');
  const folded = foldSameLength(nfc);
  const hits: { kind: string; start: number; numEnd: number; number: string }[] = [];
  KIND_RE.lastIndex = 0;
  for (let m = KIND_RE.exec(folded); m; m = KIND_RE.exec(folded)) {
    const numStart = m.index + m[0].length - m[2]!.length;
    const kind = KINDS.find(([k]) => k === m![1])![1];
    hits.push({ kind, start: m.index, numEnd: m.index + m[0].length, number: nfc.slice(numStart, m.index + m[0].length) });
  }
  return hits.map((h, i) => {
    const limit = hits[i + 1]?.start ?? folded.length;
    const d = DATE_RE.exec(folded.slice(h.numEnd, limit));
    let date: string | null = null;
    let end = h.numEnd;
    if (d) {
      const dd = +d[1]!,
        mm = +(d[2] ?? d[4])!,
        yy = +(d[3] ?? d[5])!;
      if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) date = `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
      end = h.numEnd + d.index + d[0].length;
    }
    return { kind: h.kind, number: h.number, date, span: [h.start, end] as [number, number] };
  });
}

/** A comparable key for a document number: "71/NQ-CP" and "71/nq-cp" agree; đ counts as d. */
export function citationNumberKey(number: string): string {
  return foldSameLength(number.normalize('NFC')).replace(/\s+/g, '');
}

/** The number's letters and digits only: "57-NQ/TW" and "57/NQ-TW" share it (a miswritten number). */
export function citationNumberCore(number: string): string {
  return citationNumberKey(number).replace(/[^a-z0-9]/g, '');
}

/** Leading digits of a number ("749/QĐ-TTg" → "749"). */
export function citationSerial(number: string): string {
  return /^\d+/.exec(number)?.[0] ?? '';
}
