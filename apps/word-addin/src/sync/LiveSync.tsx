import { subscribeChangeHints } from '@cds/word-adapter';
import { readDocumentFile } from '@cds/word-adapter/sync';
import type { ApiClient } from '@cds/api';
import type { ReadPlan } from '@cds/plan-sync';
import type { Finding } from '@cds/rules';
import { useCallback, useEffect } from 'react';
import { SyncPanel } from './SyncPanel.js';
import { stripAddinMarks } from './stripMarks.js';
import { useSync } from './useSync.js';

/**
 * Sync and submission, mounted only once the user is signed in and loaded apart from
 * the pane's first screen (React.lazy in App): the engine, its IndexedDB outbox
 * (dexie), the submission flow and their dialogs are not needed to show the findings.
 * `onChanged` hands the pane the engine's "the plan changed" so its own writes
 * (insert, adopt, quick fix, ignore) restart the sync's debounce.
 */
export default function LiveSync({
  client,
  readPlan,
  clearMarks,
  selectSection,
  goTo,
  onChanged,
  onRefusal,
}: {
  client: ApiClient;
  readPlan: ReadPlan;
  clearMarks(): Promise<void>;
  selectSection(id: string): void;
  goTo(f: Finding): void;
  onChanged(changed: (() => void) | null): void;
  /** The engine's refusal of another agency's copy (null when none, and on unmount). */
  onRefusal(refusal: string | null): void;
}) {
  // The add-in's marks are taken out of the document before its bytes are read, so none reaches MST.
  const getFile = useCallback(async () => {
    await clearMarks();
    return readDocumentFile();
  }, [clearMarks]);
  // And taken out of the bytes too: a file the user saved with the marks on and picked (Word would not give it) carries them.
  const sync = useSync({ client, readPlan, subscribeChanges: subscribeChangeHints, getFile, stripMarks: stripAddinMarks });
  const changed = sync.changed;
  useEffect(() => {
    onChanged(changed);
    return () => onChanged(null);
  }, [changed, onChanged]);
  const refusal = sync.refusal;
  useEffect(() => {
    onRefusal(refusal);
  }, [refusal, onRefusal]);
  useEffect(() => () => onRefusal(null), [onRefusal]);
  return <SyncPanel sync={sync} selectSection={selectSection} goTo={goTo} />;
}
