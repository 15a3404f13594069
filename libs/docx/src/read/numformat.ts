/** Renders one counter value in a `w:numFmt` the way Word shows it. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'none':
      return '';
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    default:
      return String(n);
  }
}

/** Word's letters: a…z, then aa…zz, aaa… (the letter repeated, not base 26). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
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

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * Bullet characters from symbol fonts (Symbol, Wingdings: private-use code points
 * F0xx) as the Unicode character they draw; ones we do not know become "•".
 */
export function bulletChar(text: string): string {
  return text.replace(/[\uf000-\uf0ff]/g, (c) => {
    const code = c.charCodeAt(0) - 0xf000;
    return SYMBOL_BULLETS[code] ?? (PLAIN.includes(String.fromCharCode(code)) ? String.fromCharCode(code) : '•');
  });
}

const SYMBOL_BULLETS: Record<number, string> = {
  0xb7: '•',
  0xa7: '▪',
  0xd8: '➢',
  0xfc: '✓',
  0x76: '❖',
  0x71: '❑',
  0x6f: '□',
  0x6e: '■',
  0xa8: '◆',
  0xe0: '➔',
  0xf0: '⇨',
  0x9f: '•',
};
/** Code points whose symbol-font glyph is the ASCII character itself. */
const PLAIN = '-+*o>';
