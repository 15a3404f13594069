import { createIncrementalAnalyzer, subscribeChangeHints, validateDocument, type Validation } from '@cds/word-adapter';
import type { CatalogEntry } from '@cds/plan';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgencyKind } from '@cds/template/enums';

const DEBOUNCE_MS = 700;

/**
 * Live validation: a full read and analyze() after edits settle (Word's events are only
 * hints), at most one pass at a time, a pass queued behind a running one.
 */
export function useValidation(opts: { catalog: readonly CatalogEntry[] | null; agencyKind: AgencyKind | null; agencyCode: string | null; live: boolean }) {
  const [result, setResult] = useState<Validation | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const analyzer = useMemo(
    () =>
      createIncrementalAnalyzer({
        catalog: opts.catalog,
        ...(opts.agencyKind ? { agencyKind: opts.agencyKind } : {}),
        ...(opts.agencyCode ? { agencyCode: opts.agencyCode } : {}),
      }),
    [opts.catalog, opts.agencyKind, opts.agencyCode],
  );
  const running = useRef(false);
  const again = useRef(false);
  const run = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    setChecking(true);
    try {
      do {
        again.current = false;
        const v = await validateDocument({ analyzer, catalog: opts.catalog });
        setResult(v);
        setError(null);
      } while (again.current);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      running.current = false;
      setChecking(false);
    }
  }, [analyzer, opts.catalog]);

  useEffect(() => {
    // The first pass runs as the pane opens (and again when the catalogue arrives), after the
    // pane's first paint: a frame, then a task, so the tabs are on screen before Word is read
    // (a hidden webview gives no frames: then after 100 ms anyway).
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      void run();
    };
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (task = setTimeout(go, 0)));
    const fallback = setTimeout(go, 100);
    return () => {
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(task);
      clearTimeout(fallback);
    };
  }, [run]);

  useEffect(() => {
    if (!opts.live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let off: (() => Promise<void>) | undefined;
    let gone = false;
    void subscribeChangeHints(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), DEBOUNCE_MS);
    }).then((f) => (gone ? void f() : (off = f)));
    // Undo and redo fire no event in Word: coming back to the pane re-reads too.
    const onFocus = () => void run();
    window.addEventListener('focus', onFocus);
    return () => {
      gone = true;
      window.removeEventListener('focus', onFocus);
      clearTimeout(timer);
      void off?.();
    };
  }, [opts.live, run]);

  return { result, checking, error, run, analyzer };
}
