import type { DocumentModel, Inline, Paragraph, RunProps } from '@cds/model';
import type { MessageKey } from '../messages.vi.js';
import type { Report } from '../rule.js';
import { memoOn } from './memo.js';

/** A run with the formatting in effect (run → paragraph defaults → document defaults). */
export interface EffectiveRun {
  text: string;
  props: RunProps;
}

const runsMemo = new WeakMap<Paragraph, { font: string | undefined; sizePt: number | undefined; runs: EffectiveRun[] }>();

/**
 * The runs of a paragraph that carry visible text, with their effective formatting.
 * Memoised per paragraph object and document defaults (the incremental analyzer keeps
 * the paragraph objects of unchanged text across passes): callers must not modify the list.
 */
export function textRuns(p: Paragraph, doc: DocumentModel): EffectiveRun[] {
  if (!memoOn()) return computeRuns(p, doc);
  const hit = runsMemo.get(p);
  if (hit && hit.font === doc.defaults.font && hit.sizePt === doc.defaults.sizePt) return hit.runs;
  const runs = computeRuns(p, doc);
  runsMemo.set(p, { font: doc.defaults.font, sizePt: doc.defaults.sizePt, runs });
  return runs;
}

function computeRuns(p: Paragraph, doc: DocumentModel): EffectiveRun[] {
  const pd = p.props?.runDefaults;
  const out: EffectiveRun[] = [];
  const walk = (inlines: readonly Inline[]) => {
    for (const i of inlines) {
      if (i.kind === 'inlineControl') walk(i.children);
      else if (i.text.trim()) {
        const r = i.props;
        out.push({
          text: i.text,
          props: {
            bold: r?.bold ?? pd?.bold,
            italic: r?.italic ?? pd?.italic,
            caps: r?.caps ?? pd?.caps,
            font: r?.font ?? pd?.font ?? doc.defaults.font,
            sizePt: r?.sizePt ?? pd?.sizePt ?? doc.defaults.sizePt,
            color: r?.color ?? pd?.color,
          },
        });
      }
    }
  };
  walk(p.inlines);
  return out;
}

/**
 * Counts one kind of format problem over many paragraphs and reports it once:
 * a count, the first paragraph, and a few of the values found. A 3,000-paragraph
 * plan gives a handful of warnings, not thousands.
 */
export class Tally {
  private kinds = new Map<MessageKey, { count: number; blockId: string; section: string | null; values: Set<string> }>();

  add(kind: MessageKey, blockId: string, section: string | null, value?: string): void {
    const k = this.kinds.get(kind);
    if (!k) this.kinds.set(kind, { count: 1, blockId, section, values: new Set(value ? [value] : []) });
    else {
      k.count++;
      if (value && k.values.size < 4) k.values.add(value);
    }
  }

  /** Reports one finding per kind; `vars` adds placeholders beyond count/found/excerpt. */
  flush(report: Report, excerpts: Map<string, string> = new Map()): void {
    for (const [kind, k] of this.kinds)
      report({
        section: k.section,
        blockId: k.blockId,
        messageId: kind,
        data: { count: k.count, found: [...k.values].slice(0, 3).join('; ') || '—', excerpt: excerpts.get(k.blockId) ?? '' },
      });
  }
}

export const ALIGN_VI: Record<string, string> = { left: 'trái', center: 'giữa', right: 'phải', justify: 'đều hai bên', distribute: 'phân bố' };

/** Font sizes allowed for body text and headings (Nghị định 30: 13–14 pt). */
export const sizeOk = (pt: number | undefined) => pt === undefined || (pt >= 12.95 && pt <= 14.05);

/** The first body block of document section `i` (sections end at `endsAfterBlock`), so page findings point somewhere. */
export function sectionStartBlock(doc: DocumentModel, i: number): string | null {
  const start = i === 0 ? 0 : (doc.sections[i - 1]?.endsAfterBlock ?? -1) + 1;
  return doc.body[start]?.id ?? null;
}
