/// <reference types="office-js" />
import type { Place } from './types.js';

/**
 * The Word range of a place, inside a batch. Controls resolve without a round trip
 * (getById, WordApi 1.1); paragraphs and tables cost one (the collection is loaded
 * with its text only, to check the reading is not stale: when the paragraph at that
 * index has other text, the nearest paragraph with the same text is taken).
 */
export async function resolveRange(context: Word.RequestContext, place: Place): Promise<Word.Range | null> {
  const body = context.document.body;
  if (place.kind === 'control') return context.document.contentControls.getById(place.id).getRange('Whole');
  if (place.kind === 'paragraph') {
    const ps = body.paragraphs.load('items/text');
    await context.sync();
    const at = ps.items[place.index];
    if (at && at.text === place.text) return at.getRange('Whole');
    let best: number | null = null;
    ps.items.forEach((p, i) => {
      if (p.text === place.text && (best === null || Math.abs(i - place.index) < Math.abs(best - place.index))) best = i;
    });
    return best === null ? (at?.getRange('Whole') ?? null) : ps.items[best]!.getRange('Whole');
  }
  const tables = body.tables.load('items/rowCount');
  await context.sync();
  const t = tables.items[place.table];
  if (!t) return null;
  if (place.row === null) return t.getRange('Whole');
  // The row's first cell body: TableRow has no getRange on WordApi 1.3.
  return t.getCell(place.row, 0).body.getRange('Whole');
}
