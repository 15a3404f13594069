import type { ContentControlProps, Inline, InlineContentControl, Paragraph, Run } from '@cds/model';
import type { HostState } from '../runtime/state.js';
import { assertEditable, markChanged } from './edit.js';

/** Splits runs so that [start, end) of the paragraph's top-level text is its own run list; returns the range of indexes. */
export function splitAt(p: Paragraph, start: number, end: number): [number, number] {
  const out: Inline[] = [];
  let pos = 0;
  let first = -1;
  let last = -1;
  for (const i of p.inlines) {
    const len = i.kind === 'run' ? i.text.length : textLen(i.children);
    const s = pos;
    const e = pos + len;
    pos = e;
    if (i.kind !== 'run' || e <= start || s >= end || (s >= start && e <= end)) {
      if (e > start && s < end) {
        if (first < 0) first = out.length;
        last = out.length;
      }
      out.push(i);
      continue;
    }
    const cut = (a: number, b: number): Run => ({ ...i, text: i.text.slice(a - s, b - s) });
    if (start > s) out.push(cut(s, start));
    if (first < 0) first = out.length;
    out.push(cut(Math.max(s, start), Math.min(e, end)));
    last = out.length - 1;
    if (end < e) out.push(cut(end, e));
  }
  p.inlines.splice(0, p.inlines.length, ...out); // in place: the index keeps pointing at this list
  return [first, last];
}

function textLen(list: Inline[]): number {
  let n = 0;
  for (const i of list) n += i.kind === 'run' ? i.text.length : textLen(i.children);
  return n;
}

/** Wraps [start, end) of a paragraph's text in an inline content control. */
export function wrapSpan(host: HostState, p: Paragraph, start: number, end: number, cc: ContentControlProps): InlineContentControl {
  assertEditable(host, p);
  const ctl: InlineContentControl = { kind: 'inlineControl', id: host.nextId(), cc: { ...cc, sdtId: host.nextSdtId() }, children: [] };
  if (end <= start) {
    p.inlines.push(ctl);
  } else {
    const [first, last] = splitAt(p, start, end);
    ctl.children = p.inlines.slice(first, last + 1);
    p.inlines.splice(first, last - first + 1, ctl);
  }
  host.inserted([ctl], p, p.inlines);
  host.changes.controlsAdded.add(ctl);
  markChanged(host, ctl);
  return ctl;
}

/** Puts text into an inline list: replace all, or add at the start or end. Returns [start, end) of the new text. */
export function writeInlines(list: Inline[], text: string, where: 'Replace' | 'Start' | 'End'): [number, number] {
  const props = firstRunProps(list);
  const run: Run = props ? { kind: 'run', text, props: { ...props } } : { kind: 'run', text };
  if (where === 'Replace') {
    list.splice(0, list.length, run);
    return [0, text.length];
  }
  const before = textLen(list);
  if (where === 'Start') {
    list.unshift(run);
    return [0, text.length];
  }
  list.push(run);
  return [before, before + text.length];
}

function firstRunProps(list: Inline[]): Run['props'] {
  for (const i of list) {
    if (i.kind === 'run') return i.props;
    const inner = firstRunProps(i.children);
    if (inner) return inner;
  }
  return undefined;
}

/** Replaces [start, end) of a paragraph's text. */
export function replaceSpan(p: Paragraph, start: number, end: number, text: string): void {
  if (end > start) {
    const [first, last] = splitAt(p, start, end);
    const props = p.inlines[first]?.kind === 'run' ? (p.inlines[first] as Run).props : undefined;
    p.inlines.splice(first, last - first + 1, props ? { kind: 'run', text, props } : { kind: 'run', text });
    return;
  }
  let pos = 0;
  for (let k = 0; k < p.inlines.length; k++) {
    const i = p.inlines[k]!;
    const len = i.kind === 'run' ? i.text.length : textLen(i.children);
    if (start === pos) {
      p.inlines.splice(k, 0, { kind: 'run', text, ...(i.kind === 'run' && i.props ? { props: i.props } : {}) });
      return;
    }
    if (i.kind === 'run' && start < pos + len) {
      const cut = start - pos;
      p.inlines.splice(k, 1, { ...i, text: i.text.slice(0, cut) + text + i.text.slice(cut) });
      return;
    }
    pos += len;
  }
  p.inlines.push({ kind: 'run', text });
}
