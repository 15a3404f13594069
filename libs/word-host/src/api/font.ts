import type { Inline, Paragraph, RunProps } from '@cds/model';
import { assertEditable, markChanged } from '../doc/edit.js';
import { colorToHex } from '../doc/colors.js';
import { splitAt } from '../doc/spans.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import { NotImplementedError } from '../runtime/guard.js';
import { rangeAlive, rangeParagraphs, type RangeTarget } from './range-target.js';

type Key = keyof RunProps;
/** Run properties plus what the host keeps that the model has no field for (not saved). */
type HostRunProps = RunProps & { highlight?: string };

/** The run property lists a range covers (splitting runs at span edges when writing). */
function runsOf(r: RangeTarget, forWrite: boolean): { props?: RunProps; p: Paragraph }[] {
  const out: { props?: RunProps; p: Paragraph }[] = [];
  const collect = (list: Inline[], p: Paragraph) => {
    for (const i of list) {
      if (i.kind === 'run') out.push(i as { props?: RunProps; p: Paragraph } & typeof i);
      else collect(i.children, p);
    }
  };
  if (r.kind === 'span') {
    const p = r.paragraph;
    if (forWrite && r.end > r.start) {
      const [a, b] = splitAt(p, r.start, r.end);
      collect(p.inlines.slice(a, b + 1), p);
    } else {
      let pos = 0;
      for (const i of p.inlines) {
        const len = i.kind === 'run' ? i.text.length : 0;
        if (i.kind === 'run' && pos + len > r.start && pos <= r.end) out.push(i as never);
        pos += len;
      }
    }
    return out;
  }
  return out;
}

function read<K extends Key>(ctxParas: Paragraph[], runs: { props?: RunProps }[], key: K, dflt: RunProps[K]): RunProps[K] | null {
  const vals = new Set<unknown>();
  for (const r of runs) vals.add(r.props?.[key] ?? ctxParas[0]?.props?.runDefaults?.[key] ?? dflt);
  if (vals.size === 0) return ctxParas[0]?.props?.runDefaults?.[key] ?? dflt;
  return vals.size === 1 ? ([...vals][0] as RunProps[K]) : null; // mixed formatting reads as null
}

/** `Word.Font` of a range: reads the runs' properties, writes every run in the range. */
export class FontImpl extends ClientObjectImpl<RangeTarget> {
  readonly _class = 'Font';
  protected _props(): Props<RangeTarget> {
    return FONT_PROPS as Props<RangeTarget>;
  }
  protected override _alive(t: RangeTarget): boolean {
    return rangeAlive(this.context._host.state.index(), t);
  }
}

function allRuns(r: RangeTarget, ctx: ClientObjectImpl['context'], forWrite: boolean): { props?: RunProps }[] {
  if (r.kind === 'span') return runsOf(r, forWrite);
  const out: { props?: RunProps }[] = [];
  const collect = (list: Inline[]) => {
    for (const i of list) {
      if (i.kind === 'run') out.push(i);
      else collect(i.children);
    }
  };
  for (const p of rangeParagraphs(ctx._host.state.index(), r)) collect(p.inlines);
  return out;
}

function prop<K extends Key>(key: K, dflt: (ctx: ClientObjectImpl['context']) => RunProps[K], toApi = (v: unknown) => v, fromApi = (v: unknown) => v) {
  return {
    get: (r: RangeTarget, ctx: ClientObjectImpl['context']) => {
      const v = read(rangeParagraphs(ctx._host.state.index(), r), allRuns(r, ctx, false), key, dflt(ctx));
      return v === null || v === undefined ? null : toApi(v);
    },
    set: (r: RangeTarget, v: never, ctx: ClientObjectImpl['context']) => {
      const host = ctx._host.state;
      const paras = rangeParagraphs(host.index(), r);
      for (const p of paras) assertEditable(host, p);
      for (const run of allRuns(r, ctx, true)) run.props = { ...run.props, [key]: fromApi(v) };
      for (const p of paras) markChanged(host, p);
    },
  };
}

const FONT_PROPS = {
  name: prop('font', (c) => c._host.state.doc.defaults.font ?? 'Calibri'),
  size: prop('sizePt', (c) => c._host.state.doc.defaults.sizePt ?? 11),
  bold: prop('bold', () => false),
  italic: prop('italic', () => false),
  underline: {
    ...prop(
      'underline',
      () => false,
      (v) => (v ? 'Single' : 'None'),
      (v) => v !== 'None',
    ),
    accept: (v: string) => {
      if (v !== 'None' && v !== 'Single') throw new NotImplementedError(`Font.underline = '${v}' (the document model has single underlines only)`);
    },
  },
  /**
   * "#RRGGBB" or a colour name; null removes it. Reads "#RRGGBB", '' when mixed, null when
   * none. The model has no highlight field: it reads back in the session but @cds/docx
   * does not save it. https://learn.microsoft.com/javascript/api/word/word.font#word-word-font-highlightcolor-member
   */
  highlightColor: {
    get: (r: RangeTarget, ctx: ClientObjectImpl['context']) => {
      const vals = new Set(allRuns(r, ctx, false).map((x) => (x.props as HostRunProps | undefined)?.highlight ?? null));
      if (vals.size > 1) return '';
      const [v] = [...vals];
      return v ? `#${v}` : null;
    },
    set: (r: RangeTarget, v: string | null, ctx: ClientObjectImpl['context']) => {
      const host = ctx._host.state;
      const paras = rangeParagraphs(host.index(), r);
      for (const p of paras) assertEditable(host, p);
      const hex = v === null || v === '' ? undefined : colorToHex(v);
      for (const run of allRuns(r, ctx, true)) {
        const next: HostRunProps = { ...run.props };
        if (hex) next.highlight = hex;
        else delete next.highlight;
        run.props = next;
      }
      for (const p of paras) markChanged(host, p);
    },
  },
  color: prop(
    'color',
    () => '000000',
    (v) => (v === 'auto' ? '#000000' : `#${String(v).toUpperCase()}`),
    (v) => colorToHex(v),
  ),
};
defineAccessors(FontImpl, FONT_PROPS as Props<never>);
export interface FontImpl {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  color: string;
  highlightColor: string | null;
}
