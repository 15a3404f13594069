/// <reference types="office-js" />
import { detectCapabilities } from './capabilities.js';
import type { ChangeHint } from './types.js';

/**
 * Tells the pane that the document may have changed. Events are hints only (undo fires
 * nothing, fast pastes miss paragraph events, desktop fires content-control events
 * only on leaving the control): the pane debounces them into a full read. Uses
 * paragraph events (WordApi 1.6) where Word has them, else the common
 * DocumentSelectionChanged event, which fires while typing on every Word.
 * Returns a function that unsubscribes.
 */
export async function subscribeChangeHints(onHint: (h: ChangeHint) => void): Promise<() => Promise<void>> {
  const caps = detectCapabilities();
  const offs: (() => Promise<void>)[] = [];
  if (caps.paragraphEvents) {
    const handlers = await Word.run(async (context) => {
      const d = context.document;
      const fire = (e: { uniqueLocalIds?: string[] }) => {
        onHint({ source: 'paragraph', ids: e.uniqueLocalIds ?? [] });
        return Promise.resolve();
      };
      const list = [d.onParagraphChanged.add(fire), d.onParagraphAdded.add(fire), d.onParagraphDeleted.add(fire)];
      await context.sync();
      return list;
    });
    offs.push(async () => {
      for (const h of handlers) {
        h.remove();
        await h.context.sync();
      }
    });
  }
  const doc = Office.context.document;
  const selection = () => onHint({ source: 'selection', ids: [] });
  await new Promise<void>((resolve) => doc.addHandlerAsync(Office.EventType.DocumentSelectionChanged, selection, () => resolve()));
  offs.push(() => new Promise<void>((resolve) => doc.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: selection }, () => resolve())));
  return async () => {
    for (const off of offs) await off();
  };
}
