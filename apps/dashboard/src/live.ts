import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from './api';

/**
 * Follows the server's board events (server-sent, over fetch so the token stays in a
 * header) and refreshes the board's queries when a plan changes; reconnects with backoff.
 * Connects once `ready` (the board passes "first page arrived": the stream is not what
 * the first render waits for, so it does not compete with the board's own requests).
 */
export function useLiveBoard(ready = true): { connected: boolean; lastEventAt: string | null } {
  const qc = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [lastEventAt, setLast] = useState<string | null>(null);
  // Once ready, connected for good (a filter change must not drop the stream).
  const [armed, setArmed] = useState(ready);
  if (ready && !armed) setArmed(true);
  useEffect(() => {
    if (!armed) return;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      // Several syncs in a burst refresh once.
      timer = setTimeout(() => {
        void qc.invalidateQueries({ queryKey: ['board'] });
        void qc.invalidateQueries({ queryKey: ['totals'] });
        void qc.invalidateQueries({ queryKey: ['plan'] });
      }, 200);
    };
    (async () => {
      let delay = 1000;
      while (!abort.signal.aborted) {
        try {
          await api.events(
            (e) => {
              setLast(e.at);
              refresh();
            },
            abort.signal,
            () => {
              setConnected(true);
              delay = 1000;
            },
          );
        } catch {
          /* the server went away: try again below */
        }
        if (abort.signal.aborted) return;
        setConnected(false);
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 30_000);
      }
    })();
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [qc, armed]);
  return { connected, lastEventAt };
}

/** The current time, ticking every `ms` (for countdowns). */
export function useNow(ms = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
