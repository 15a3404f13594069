import type { Control } from '../doc/tree.js';
import { emptyChanges, type HostState } from './state.js';

const ccArgs = (eventType: string, c: Control) => ({ eventType, ids: [c.cc.sdtId ?? 0], source: 'Local' });

/** Fires onDataChanged for controls the user typed into, once the cursor has left them (desktop behaviour). */
export function flushTyping(state: HostState, keep?: (c: Control) => boolean): void {
  for (const c of [...state.pendingTyping]) {
    if (keep?.(c)) continue;
    state.pendingTyping.delete(c);
    state.bus.emit(c, 'onDataChanged', ccArgs('ContentControlDataChanged', c));
  }
}

/**
 * Turns the change log into Word events (WordApi 1.5 content-control events,
 * WordApi 1.6 paragraph events). With `fromUser` and eventsWhileTyping off,
 * onDataChanged waits until the user leaves the control.
 */
export function dispatchChanges(state: HostState, fromUser: boolean): void {
  const ch = state.changes;
  state.changes = emptyChanges();
  const bus = state.bus;
  for (const c of ch.controlsAdded) if (!ch.controlsDeleted.has(c)) bus.emit('document', 'onContentControlAdded', ccArgs('ContentControlAdded', c));
  for (const c of ch.controlsDeleted) if (!ch.controlsAdded.has(c)) bus.emit(c, 'onDeleted', ccArgs('ContentControlDeleted', c));
  for (const c of ch.controlsChanged) {
    if (ch.controlsAdded.has(c) || ch.controlsDeleted.has(c)) continue;
    if (fromUser && !state.quirks.eventsWhileTyping) state.pendingTyping.add(c);
    else bus.emit(c, 'onDataChanged', ccArgs('ContentControlDataChanged', c));
  }
  const ids = (set: Iterable<import('@cds/model').Paragraph>) => [...set].map((p) => state.uniqueLocalId(p));
  const added = [...ch.paragraphsAdded].filter((p) => !ch.paragraphsDeleted.has(p));
  const deleted = [...ch.paragraphsDeleted].filter((p) => !ch.paragraphsAdded.has(p));
  const changed = [...ch.paragraphsChanged].filter((p) => !ch.paragraphsAdded.has(p) && !ch.paragraphsDeleted.has(p));
  if (added.length) bus.emit('document', 'onParagraphAdded', { type: 'ParagraphAdded', source: 'Local', uniqueLocalIds: ids(added) });
  if (changed.length) bus.emit('document', 'onParagraphChanged', { type: 'ParagraphChanged', source: 'Local', uniqueLocalIds: ids(changed) });
  if (deleted.length) bus.emit('document', 'onParagraphDeleted', { type: 'ParagraphDeleted', source: 'Local', uniqueLocalIds: ids(deleted) });
}
