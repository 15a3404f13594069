/// <reference types="office-js" />
import type { Severity } from '@cds/rules';
import { detectCapabilities } from './capabilities.js';
import type { Place } from './types.js';

export interface MarkOptions {
  /**
   * 'annotations' (WordApi 1.7: critiques, never saved in the file), 'highlight' (any
   * Word: a real highlight the user switched on, removed by clearMarks), or 'auto'
   * (annotations when available, otherwise nothing: no silent edits).
   */
  mode?: 'auto' | 'annotations' | 'highlight';
}
export interface MarkResult {
  mode: 'annotations' | 'highlight' | 'none';
  marked: number;
}

const COLOR: Record<Severity, string> = { error: 'Red', warning: 'Lavender', info: 'Blue' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** At most this many messages in one pop-up (a paragraph can carry many findings). */
const POPUP_MESSAGES = 5;
/**
 * The pop-up's fixed strings are manifest resource ids (bt:ShortStrings of the XML
 * manifest), not text: Word.CritiquePopupOptions (WordApi 1.8) takes only ids for the
 * title, subtitle and branding, and free text only in `suggestions`
 * (https://learn.microsoft.com/javascript/api/word/word.critiquepopupoptions). So the
 * findings' Vietnamese messages go in `suggestions`, and the ids are the manifest's own.
 */
const POPUP_IDS = { brandingTextResourceId: 'CDS.Button.Label', titleResourceId: 'CDS.Button.Label', subtitleResourceId: 'CDS.Group.Label' };
/** The highlight of each severity's marks (also what the file-picker path strips from a saved file). */
export const MARK_HIGHLIGHTS: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const HIGHLIGHT = MARK_HIGHLIGHTS;

/** Paragraphs the add-in highlighted (index and text), so clearMarks removes exactly those. */
let highlighted: { index: number; text: string }[] = [];

/**
 * Marks the paragraphs of these findings: one critique per paragraph, coloured by its
 * most severe finding. Where Word has WordApi 1.8 the critique's pop-up carries the
 * Vietnamese message of every finding on that paragraph (most severe first); WordApi 1.7
 * critiques have no pop-up text, and there the findings list is where the message is read.
 */
export async function markFindings(
  findings: readonly { place: Place | null; severity: Severity; message: string }[],
  options: MarkOptions = {},
): Promise<MarkResult> {
  const caps = detectCapabilities();
  const mode = options.mode === 'highlight' ? 'highlight' : caps.annotations ? 'annotations' : 'none';
  if (mode === 'none') return { mode, marked: 0 };
  const popups = caps.wordApiMinor >= 8;
  const byIndex = new Map<number, { severity: Severity; text: string; messages: { severity: Severity; message: string }[] }>();
  for (const f of findings) {
    if (f.place?.kind !== 'paragraph') continue;
    const m = byIndex.get(f.place.index) ?? { severity: f.severity, text: f.place.text, messages: [] };
    if (RANK[f.severity] < RANK[m.severity]) m.severity = f.severity;
    if (!m.messages.some((x) => x.message === f.message)) m.messages.push({ severity: f.severity, message: f.message });
    byIndex.set(f.place.index, m);
  }
  if (!byIndex.size) return { mode, marked: 0 };
  return Word.run(async (context) => {
    const ps = context.document.body.paragraphs.load('items/text');
    await context.sync();
    let marked = 0;
    for (const [i, m] of byIndex) {
      const p = ps.items[i];
      if (!p || p.text !== m.text || !p.text.length) continue;
      if (mode === 'annotations') {
        const critique: Word.Critique = { start: 0, length: p.text.length, colorScheme: COLOR[m.severity] as Word.CritiqueColorScheme };
        if (popups) {
          const suggestions = [...m.messages]
            .sort((a, b) => RANK[a.severity] - RANK[b.severity])
            .slice(0, POPUP_MESSAGES)
            .map((x) => x.message);
          critique.popupOptions = { ...POPUP_IDS, suggestions };
        }
        p.insertAnnotations({ critiques: [critique] });
      } else {
        p.getRange('Content').font.highlightColor = HIGHLIGHT[m.severity];
        highlighted.push({ index: i, text: m.text });
      }
      marked++;
    }
    await context.sync();
    return { mode, marked };
  });
}

/** Removes every mark the add-in made: its annotations (all of them) and its highlights. */
export async function clearMarks(): Promise<void> {
  const caps = detectCapabilities();
  const hl = highlighted;
  if (!caps.annotations && !hl.length) return;
  await Word.run(async (context) => {
    const ps = context.document.body.paragraphs.load('items/text');
    await context.sync();
    const sets = caps.annotations ? ps.items.map((p) => p.getAnnotations().load('items/id')) : [];
    for (const h of hl) {
      const p = ps.items[h.index];
      if (p && p.text === h.text) p.getRange('Content').font.highlightColor = null as unknown as string;
    }
    await context.sync();
    for (const s of sets) for (const a of s.items) a.delete();
    await context.sync();
  });
  highlighted = [];
}
