import { foldVn } from './fold.js';
import { vnMessages as M } from './messages.vi.js';

export type DeadlineKind = 'date' | 'month' | 'quarter' | 'half' | 'year' | 'range' | 'ongoing';

/** A deadline understood as a period; `start`/`end` are ISO dates (yyyy-mm-dd). */
export interface DeadlinePeriod {
  kind: DeadlineKind;
  start: string;
  end: string;
}

export interface DeadlineError {
  error: 'invalid' | 'out-of-range';
  /** Vietnamese, e.g. "không có quý V (quý phải từ I đến IV)". */
  reason: string;
}

export type DeadlineResult = DeadlinePeriod | DeadlineError;

/** The years a deadline must fall in: 2026 for yearly targets, 2026–2030 for phase targets. */
export interface DeadlineWindow {
  from: number;
  to: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };
/** Words that may come before the period itself ("Trước 31/12/2026", "Hoàn thành trong Quý II/2026"). */
const FILLER = /^(hoan thanh|truoc|trong|den|het|cham nhat|vao|thoi han|ngay|cuoi|dau|giua|tu)\b[ :,]*/;
/** What may follow a period without changing it: "… và duy trì hằng năm", "…; thường xuyên", "(hoàn thành)". */
const TRAILER = /(?:\s*\([^)]*\)|(?:[ ,;]+|\s+va\s+)(?:duy tri |tiep tuc |sau do )?(?:thuong xuyen|hang nam|hang quy|hang thang|lien tuc|dinh ky)(?:\s.*)?)$/;
const MAX_DEADLINE_CHARS = 160;
const QUARTER = String.raw`(?:quy|q) ?([ivx]+|\d)`;
const ONGOING = /^(thuong xuyen|hang nam|hang quy|hang thang|lien tuc|dinh ky)([ ,;./-]+(thuong xuyen|hang nam|hang quy|hang thang|lien tuc|dinh ky))*$/;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** True when a result is a period (not an error). */
export function isDeadlinePeriod(r: DeadlineResult): r is DeadlinePeriod {
  return !('error' in r);
}

/**
 * Reads a deadline as Vietnamese plans write it: "31/12/2026", "Quý IV/2026",
 * "quý 4 năm 2026", "Tháng 6/2026", "6 tháng đầu năm 2026", "Năm 2026", "2026-2030",
 * "giai đoạn 2026 - 2030", "Thường xuyên"/"Hằng năm" (kind `ongoing`, covering the
 * whole window). Impossible dates ("31/02/2026", "Quý V/2026") are `invalid`;
 * periods outside the window are `out-of-range`.
 */
export function parseDeadline(text: string, window: DeadlineWindow): DeadlineResult {
  let s = foldVn(text)
    .replace(/\s*([/\-.])\s*/g, '$1')
    .replace(/[.;,]+$/, '');
  if (!s) return { error: 'invalid', reason: M.deadlineEmpty };
  // A deadline is a few words; a long cell is not one (and keeps the patterns below cheap).
  if (s.length > MAX_DEADLINE_CHARS) return { error: 'invalid', reason: M.deadlineUnreadable };
  for (let i = 0; i < 4 && FILLER.test(s); i++) s = s.replace(FILLER, '');
  if (ONGOING.test(s)) return { kind: 'ongoing', start: iso(window.from, 1, 1), end: iso(window.to, 12, 31) };
  // "Quý IV/2026 và duy trì hằng năm": the period is what was promised.
  for (let i = 0; i < 2 && TRAILER.test(s) && !ONGOING.test(s.replace(TRAILER, '')); i++) s = s.replace(TRAILER, '').trim();
  if (ONGOING.test(s)) return { kind: 'ongoing', start: iso(window.from, 1, 1), end: iso(window.to, 12, 31) };
  const p = readPeriod(s);
  if ('error' in p) return p;
  return inWindow(p, window, text.trim());
}

function readPeriod(s: string): DeadlineResult {
  let m: RegExpExecArray | null;
  // Spans: "Quý I-IV/2026", "Quý III, IV/2026", "Quý III và Quý IV/2026", "Tháng 3-6/2026", "tháng 3/2026 đến tháng 12/2026".
  if ((m = new RegExp(String.raw`^${QUARTER}(?:-|,|, | va | den )(?:quy |q)?([ivx]+|\d)(?:/| nam | )(\d{4})$`).exec(s))) {
    const a = quarterOf(m[1]!),
      b = quarterOf(m[2]!),
      y = +m[3]!;
    for (const [q, t] of [
      [a, m[1]!],
      [b, m[2]!],
    ] as const)
      if (q < 1 || q > 4) return { error: 'invalid', reason: M.quarterInvalid(t.toUpperCase()) };
    if (a > b) return { error: 'invalid', reason: M.spanReversed(`quý ${m[1]!.toUpperCase()}`, `quý ${m[2]!.toUpperCase()}`) };
    return { kind: 'quarter', start: iso(y, a * 3 - 2, 1), end: iso(y, b * 3, lastDay(y, b * 3)) };
  }
  if (
    (m = /^(?:thang )?(\d{1,2})(?:-| den )(?:thang )?(\d{1,2})(?:\/| nam )(\d{4})$/.exec(s)) ||
    (m = /^(?:thang )?(\d{1,2})\/(\d{4})(?:-| den )(?:thang )?(\d{1,2})\/(\d{4})$/.exec(s))
  ) {
    const [a, b, y, y2] = m.length === 5 && m[4] ? [+m[1]!, +m[3]!, +m[2]!, +m[4]!] : [+m[1]!, +m[2]!, +m[3]!, +m[3]!];
    for (const mo of [a, b]) if (mo < 1 || mo > 12) return { error: 'invalid', reason: M.monthInvalid(mo) };
    if (y * 12 + a > y2 * 12 + b) return { error: 'invalid', reason: M.spanReversed(`tháng ${a}`, `tháng ${b}`) };
    return { kind: 'month', start: iso(y, a, 1), end: iso(y2, b, lastDay(y2, b)) };
  }
  if ((m = /^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})$/.exec(s)) || (m = /^(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(s))) return day(+m[3]!, +m[2]!, +m[1]!);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(?:thang )?(\d{1,2})(?:\/| nam |-)(\d{4})$/.exec(s)) || (m = /^thang (\d{1,2}) (\d{4})$/.exec(s))) {
    const y = +m[2]!,
      mo = +m[1]!;
    if (mo < 1 || mo > 12) return { error: 'invalid', reason: M.monthInvalid(mo) };
    return { kind: 'month', start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) };
  }
  if ((m = /^(?:quy|q) ?([a-z]+|\d+)(?:\/| nam |-| )(\d{4})$/.exec(s))) {
    const q = /^\d+$/.test(m[1]!) ? +m[1]! : (ROMAN[m[1]!] ?? 0);
    if (q < 1 || q > 4) return { error: 'invalid', reason: M.quarterInvalid(m[1]!.toUpperCase()) };
    const y = +m[2]!;
    return { kind: 'quarter', start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, lastDay(y, q * 3)) };
  }
  if ((m = /^(?:6 thang|sau thang|nua) (dau|cuoi)(?: nam)?(?:\/| )(\d{4})$/.exec(s))) {
    const y = +m[2]!;
    return m[1] === 'dau' ? { kind: 'half', start: iso(y, 1, 1), end: iso(y, 6, 30) } : { kind: 'half', start: iso(y, 7, 1), end: iso(y, 12, 31) };
  }
  if ((m = /^(?:nam )?(\d{4})$/.exec(s))) return { kind: 'year', start: iso(+m[1]!, 1, 1), end: iso(+m[1]!, 12, 31) };
  if ((m = /^(?:giai doan |tu nam |tu |nam |trong giai doan )?(\d{4})(?:-| den nam | den )(?:nam )?(\d{4})$/.exec(s))) {
    const a = +m[1]!,
      b = +m[2]!;
    if (a > b) return { error: 'invalid', reason: M.rangeReversed(a, b) };
    return { kind: 'range', start: iso(a, 1, 1), end: iso(b, 12, 31) };
  }
  return { error: 'invalid', reason: M.deadlineUnreadable };
}

function quarterOf(t: string): number {
  return /^\d+$/.test(t) ? +t : (ROMAN[t] ?? 0);
}

function day(y: number, mo: number, d: number): DeadlineResult {
  if (mo < 1 || mo > 12) return { error: 'invalid', reason: M.monthInvalid(mo) };
  if (d < 1 || d > lastDay(y, mo)) return { error: 'invalid', reason: M.dayInvalid(d, mo) };
  return { kind: 'date', start: iso(y, mo, d), end: iso(y, mo, d) };
}

function inWindow(p: DeadlinePeriod, w: DeadlineWindow, written: string): DeadlineResult {
  const lo = iso(w.from, 1, 1),
    hi = iso(w.to, 12, 31);
  if (p.start < lo || p.end > hi) return { error: 'out-of-range', reason: M.outOfRange(`"${written}"`, w.from, w.to) };
  return p;
}
