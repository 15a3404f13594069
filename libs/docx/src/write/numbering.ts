import type { Numbering, Paragraph } from '@cds/model';
import { NumberingState } from '../read/numbering.js';
import { parseXml, root } from '../read/xml.js';
import { escAttr, W_NS, XML_HEAD } from './xml.js';

interface LevelDef {
  fmt: string;
  text: string;
  start: number;
}

const TOKEN: Record<string, RegExp> = {
  decimal: /\d+/g,
  decimalZero: /\d+/g,
  lowerLetter: /[a-z]+/g,
  upperLetter: /[A-Z]+/g,
  lowerRoman: /[ivxlcdm]+/g,
  upperRoman: /[IVXLCDM]+/g,
};

/**
 * Real Word lists for the model's numbered paragraphs. Each model numId becomes
 * one abstractNum whose levels are inferred from the labels ("2.1." → "%1.%2.",
 * start 2). The result is checked by replaying it through the reader's own
 * numbering logic; lists it cannot reproduce exactly are written with the label
 * as literal text instead, so the visible text never changes.
 */
export class NumberingWriter {
  private readonly lists = new Map<string, Map<number, LevelDef>>();
  private readonly faithful = new Set<string>();
  private readonly ids = new Map<string, number>();
  readonly xml: string | undefined;

  constructor(numbered: readonly Paragraph[]) {
    for (const p of numbered) this.learn(p.numbering!);
    this.lists.forEach((_, id) => this.ids.set(id, this.ids.size + 1));
    if (!this.lists.size) return;
    this.xml = this.render();
    const replay = new NumberingState(root(parseXml(this.xml, 'numbering.xml')), () => undefined);
    const ok = new Map<string, boolean>();
    for (const p of numbered) {
      const n = p.numbering!;
      const got = replay.next(String(this.ids.get(n.numId)), n.level);
      ok.set(n.numId, (ok.get(n.numId) ?? true) && got?.label === n.label);
    }
    ok.forEach((good, id) => good && this.faithful.add(id));
  }

  /** `w:numPr` for a paragraph, or undefined when its label must be written as text. */
  numPr(p: Paragraph): string | undefined {
    const n = p.numbering;
    if (!n || !this.faithful.has(n.numId)) return undefined;
    return `<w:numPr><w:ilvl w:val="${n.level}"/><w:numId w:val="${this.ids.get(n.numId)}"/></w:numPr>`;
  }

  /** Counter values last seen per list and level, to tell which level a parent number belongs to. */
  private readonly seen = new Map<string, (number | undefined)[]>();

  private learn(n: Numbering): void {
    let levels = this.lists.get(n.numId);
    if (!levels) this.lists.set(n.numId, (levels = new Map()));
    let seen = this.seen.get(n.numId);
    if (!seen) this.seen.set(n.numId, (seen = []));
    const def = levels.get(n.level) ?? levelFrom(n, seen);
    if (!levels.has(n.level)) levels.set(n.level, def);
    const own = ownToken(n);
    seen[n.level] = own ? parseToken(own[0], n.format) : undefined;
    seen.length = n.level + 1;
  }

  private render(): string {
    let abs = '';
    let nums = '';
    for (const [numId, levels] of this.lists) {
      const id = this.ids.get(numId)!;
      abs += `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>`;
      for (let l = 0; l < 9; l++) {
        const d = levels.get(l) ?? { fmt: 'decimal', text: `%${l + 1}.`, start: 1 };
        abs +=
          `<w:lvl w:ilvl="${l}"><w:start w:val="${d.start}"/><w:numFmt w:val="${d.fmt}"/>` +
          `<w:lvlText w:val="${escAttr(d.text)}"/><w:lvlJc w:val="left"/>` +
          `<w:pPr><w:ind w:left="${720 * (l + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
      }
      abs += '</w:abstractNum>';
      nums += `<w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`;
    }
    return `${XML_HEAD}<w:numbering ${W_NS}>${abs}${nums}</w:numbering>`;
  }
}

function ownToken(n: Numbering): RegExpExecArray | undefined {
  const re = TOKEN[n.format];
  return re ? [...n.label.matchAll(re)].pop() : undefined;
}

/**
 * Infers a level from one rendered label: the last token is this level's counter;
 * dotted numbers before it ("2.1.") are parents, matched to the levels whose
 * current counters they equal.
 */
function levelFrom(n: Numbering, seen: readonly (number | undefined)[]): LevelDef {
  const own = ownToken(n);
  if (!own) return { fmt: n.format === 'bullet' ? 'bullet' : 'none', text: n.label, start: 1 };
  let text = `%${n.level + 1}${n.label.slice(own.index + own[0].length)}`;
  let cut = own.index;
  let below = n.level;
  for (;;) {
    const m = /(\d+)\.$/.exec(n.label.slice(0, cut));
    if (!m) break;
    let k = below - 1;
    while (k >= 0 && seen[k] !== Number(m[1])) k--;
    if (k < 0) break;
    text = `%${k + 1}.${text}`;
    cut -= m[0].length;
    below = k;
  }
  return { fmt: n.format, text: n.label.slice(0, cut) + text, start: parseToken(own[0], n.format) };
}

function parseToken(t: string, fmt: string): number {
  if (fmt === 'decimal' || fmt === 'decimalZero') return Number(t);
  if (fmt === 'lowerLetter' || fmt === 'upperLetter') return (t.length - 1) * 26 + (t.toLowerCase().charCodeAt(0) - 96);
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let n = 0;
  const s = t.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]!] ?? 0;
    n += cur < (v[s[i + 1] ?? ''] ?? 0) ? -cur : cur;
  }
  return n;
}
