import type { Alignment, Block, Inline, Paragraph, RunProps, Table } from '@cds/model';
import { colorToHex } from './colors.js';

/**
 * HTML ⇄ blocks for insertHtml/getHtml: the part of HTML a plan's text uses (paragraphs,
 * headings, lists, tables, bold/italic/underline, colour, font and size). Word keeps more
 * (its getHtml is a whole document with Mso styles); the host gives clean HTML.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1]!.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
  );
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ALIGN: Record<string, Alignment> = { left: 'left', center: 'center', right: 'right', justify: 'justify' };
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol', 'body', 'html']);

function styleOf(attrs: string): Record<string, string> {
  const style = /style\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
  const out: Record<string, string> = {};
  for (const decl of (style?.[1] ?? style?.[2] ?? '').split(';')) {
    const [k, ...v] = decl.split(':');
    if (k && v.length) out[k.trim().toLowerCase()] = v.join(':').trim();
  }
  return out;
}
const attr = (attrs: string, name: string) =>
  new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(attrs)
    ?.slice(1)
    .find((x) => x !== undefined);

function runProps(tag: string, attrs: string, base: RunProps): RunProps {
  const p: RunProps = { ...base };
  const st = styleOf(attrs);
  if (tag === 'b' || tag === 'strong' || /^(bold|[6-9]00)$/.test(st['font-weight'] ?? '')) p.bold = true;
  if (tag === 'i' || tag === 'em' || st['font-style'] === 'italic') p.italic = true;
  if (tag === 'u' || /underline/.test(st['text-decoration'] ?? '')) p.underline = true;
  const color = st.color ?? (tag === 'font' ? attr(attrs, 'color') : undefined);
  if (color) {
    try {
      p.color = colorToHex(color);
    } catch {
      // a colour Word would not take either: ignored as browsers do
    }
  }
  const face = st['font-family'] ?? (tag === 'font' ? attr(attrs, 'face') : undefined);
  if (face) p.font = face.split(',')[0]!.replace(/["']/g, '').trim();
  const size = /^([\d.]+)pt$/.exec(st['font-size'] ?? '')?.[1];
  if (size) p.sizePt = Number(size);
  return p;
}

/** Parses HTML into blocks with ids from `nextId`. */
export function htmlToBlocks(html: string, nextId: () => string): Block[] {
  const out: Block[] = [];
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const tokens = body.replace(/<!--[\s\S]*?-->|<(script|style|head)[\s\S]*?<\/\1>/gi, '').split(/(<[^>]+>)/);
  let para: Paragraph | undefined;
  let table: Table | undefined;
  let cellBlocks: Block[] | undefined;
  const props: RunProps[] = [{}];
  const lists: { ordered: boolean; n: number; numId: string }[] = [];
  const target = () => cellBlocks ?? out;
  const open = (extra: Partial<Paragraph> = {}) => {
    para = { kind: 'paragraph', id: nextId(), inlines: [], ...extra };
    target().push(para);
  };
  const close = () => (para = undefined);
  for (const tok of tokens) {
    if (!tok) continue;
    const m = /^<(\/)?([a-z0-9]+)([^>]*)>$/i.exec(tok);
    if (!m) {
      const text = decode(tok.replace(/\s+/g, ' '));
      if (!text.trim() && !para) continue;
      if (!para) open();
      const p = props[props.length - 1]!;
      para!.inlines.push(Object.keys(p).length ? { kind: 'run', text, props: { ...p } } : { kind: 'run', text });
      continue;
    }
    const [, closing, rawTag, attrs = ''] = m;
    const tag = rawTag!.toLowerCase();
    if (closing) {
      if (BLOCK.has(tag)) close();
      if (['b', 'strong', 'i', 'em', 'u', 'span', 'font'].includes(tag) && props.length > 1) props.pop();
      if (tag === 'ul' || tag === 'ol') lists.pop();
      if (tag === 'td' || tag === 'th') cellBlocks = undefined;
      if (tag === 'table') table = undefined;
      continue;
    }
    if (tag === 'br') {
      if (!para) open();
      para!.inlines.push({ kind: 'run', text: '\n' });
    } else if (['b', 'strong', 'i', 'em', 'u', 'span', 'font'].includes(tag)) props.push(runProps(tag, attrs, props[props.length - 1]!));
    else if (tag === 'ul' || tag === 'ol') lists.push({ ordered: tag === 'ol', n: 0, numId: `html${nextId()}` });
    else if (tag === 'table') {
      close();
      table = { kind: 'table', id: nextId(), rows: [] };
      out.push(table);
    } else if (tag === 'tr' && table) table.rows.push({ id: nextId(), cells: [] });
    else if ((tag === 'td' || tag === 'th') && table) {
      close();
      const row = table.rows[table.rows.length - 1] ?? (table.rows.push({ id: nextId(), cells: [] }), table.rows[0]!);
      if (tag === 'th') row.isHeader = true;
      cellBlocks = [];
      row.cells.push({ id: nextId(), blocks: cellBlocks });
    } else if (BLOCK.has(tag)) {
      close();
      const extra: Partial<Paragraph> = {};
      const align = ALIGN[(styleOf(attrs)['text-align'] ?? attr(attrs, 'align') ?? '').toLowerCase()];
      if (align) extra.props = { alignment: align };
      const h = /^h([1-6])$/.exec(tag)?.[1];
      if (h) Object.assign(extra, { styleId: `Heading${h}`, styleName: `heading ${h}`, outlineLevel: Number(h) - 1 });
      const list = lists[lists.length - 1];
      if (tag === 'li' && list) {
        list.n++;
        extra.numbering = { numId: list.numId, level: lists.length - 1, label: list.ordered ? `${list.n}.` : '•', format: list.ordered ? 'decimal' : 'bullet' };
      }
      if (tag !== 'tr' && tag !== 'ul' && tag !== 'ol' && tag !== 'body' && tag !== 'html') open(extra);
    }
  }
  for (const t of out)
    if (t.kind === 'table')
      for (const r of t.rows) for (const c of r.cells) if (!c.blocks.length) c.blocks.push({ kind: 'paragraph', id: nextId(), inlines: [] });
  return out.filter((b) => b.kind !== 'paragraph' || b.inlines.some((i) => i.kind !== 'run' || i.text.trim()) || b.numbering);
}

function inlinesHtml(list: readonly Inline[]): string {
  return list
    .map((i) => {
      if (i.kind !== 'run') return inlinesHtml(i.children);
      let s = esc(i.text).replace(/\n/g, '<br>');
      const p = i.props ?? {};
      const css = [p.color && p.color !== 'auto' ? `color:#${p.color}` : '', p.font ? `font-family:'${p.font}'` : '', p.sizePt ? `font-size:${p.sizePt}pt` : '']
        .filter(Boolean)
        .join(';');
      if (css) s = `<span style="${css}">${s}</span>`;
      if (p.underline) s = `<u>${s}</u>`;
      if (p.italic) s = `<i>${s}</i>`;
      if (p.bold) s = `<b>${s}</b>`;
      return s;
    })
    .join('');
}

/** Blocks as clean HTML (content controls contribute their content). */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'blockControl') return blocksToHtml(b.children);
      if (b.kind === 'table')
        return `<table>${b.rows.map((r) => `<tr>${r.cells.map((c) => `<${r.isHeader ? 'th' : 'td'}>${blocksToHtml(c.blocks)}</${r.isHeader ? 'th' : 'td'}>`).join('')}</tr>`).join('')}</table>`;
      const h = b.outlineLevel !== undefined && /^Heading[1-6]$/.test(b.styleId ?? '') ? `h${b.outlineLevel + 1}` : 'p';
      const align =
        b.props?.alignment && b.props.alignment !== 'left' ? ` style="text-align:${b.props.alignment === 'distribute' ? 'justify' : b.props.alignment}"` : '';
      return `<${h}${align}>${inlinesHtml(b.inlines)}</${h}>`;
    })
    .join('');
}
