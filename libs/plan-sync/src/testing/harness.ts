import { type AccountName } from '@cds/server/testing';
import { paragraphText, type Paragraph } from '@cds/model';
import { createWordHost, type HostPreset, type WordHost } from '@cds/word-host';
import { documentIdentityStore } from '@cds/word-adapter/sync';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createSyncEngine, type SyncEngineOptions } from '../engine.js';
import { openOutbox } from '../outbox.js';
import { manualClock } from './manual-clock.js';
import { clientFor, hostReader, planDocx, type TestApp } from './server.js';

/** One Word with the plan open, as the pane sees it (the host's globals installed). */
export function openPlanInWord(bytes: Uint8Array, preset: HostPreset = 'web', quirks = {}): { host: WordHost; close(): void } {
  const host = createWordHost({ preset, bytes, quirks });
  const close = host.install();
  return { host, close };
}

/** The pieces of one pane session: the client as an account, Word with the plan, the engine on an IndexedDB. */
export async function paneSession(
  t: TestApp,
  o: { account?: AccountName; bytes?: Uint8Array; idb?: IDBFactory; preset?: HostPreset; debounceMs?: number; engine?: Partial<SyncEngineOptions> } = {},
) {
  const { client, user, net } = await clientFor(t, o.account ?? 'drafterA');
  const word = openPlanInWord(o.bytes ?? planDocx().bytes, o.preset);
  const idb = o.idb ?? new IDBFactory();
  const outbox = openOutbox('cds-plan-sync', idb, IDBKeyRange);
  const clock = manualClock(t.clock.now);
  const engine = createSyncEngine({
    client,
    user,
    readPlan: hostReader(word.host),
    identity: documentIdentityStore(),
    outbox,
    clock,
    debounceMs: o.debounceMs ?? 1000,
    retryMs: 5000,
    ...o.engine,
  });
  return {
    client,
    user,
    net,
    idb,
    outbox,
    clock,
    engine,
    ...word,
    /** Lets the debounce pass and waits for the read and the requests it started. */
    async settle(ms = o.debounceMs ?? 1000) {
      clock.advance(ms);
      await engine.idle();
    },
    end() {
      engine.stop();
      outbox.close();
      word.close();
    },
  };
}

/** A paragraph of P2.V (Tổ chức thực hiện) in the clean plan, by its text. */
export const inP2V = (p: Paragraph) => paragraphText(p).startsWith('Về tổ chức thực hiện');
