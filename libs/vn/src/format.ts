/**
 * Formats a number the Vietnamese way: "." between thousands, "," before the
 * decimals (1234.5 → "1.234,5"). With `decimals` the number is rounded to that
 * many places; without, up to three significant decimals are kept, trailing zeros dropped.
 */
export function formatVnNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = decimals === undefined ? trimZeros(n.toFixed(3)) : n.toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const out = frac ? `${grouped},${frac}` : grouped;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
