const VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a roman numeral (any case), or null when it is not a well-formed one (I–CXCIX). */
export function romanValue(s: string): number | null {
  const t = s.toLowerCase();
  if (!/^[ivxlc]+$/.test(t)) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = VALUES[t[i]!]!;
    const next = VALUES[t[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === t.toUpperCase() ? total : null;
}

/** Roman numeral of 1–199. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of table)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}

/** The numeric value of a printed section number: "III" → 3, "6" → 6, "2.1" → null (compound). */
export function numberValue(printed: string): number | null {
  if (/^\d+$/.test(printed)) return Number(printed);
  return romanValue(printed);
}
