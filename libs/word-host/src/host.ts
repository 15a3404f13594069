/// <reference types="office-js" />
import type { DocumentModel } from '@cds/model';
import { emptyDocument } from './doc/empty.js';
import { MESSAGES } from './messages.js';
import { makeOffice } from './office/office.js';
import { PRESETS, type HostPreset, type RequirementSets } from './requirements.js';
import { HostState, type Quirks } from './runtime/state.js';
import { makeUser, type UserApi } from './user.js';
import { contextHost, makeOfficeExtension, makeWordNamespace } from './word-namespace.js';

/** Reads and writes .docx bytes (the foundation's readDocx / writeDocx). */
export interface DocxCodec {
  read(bytes: Uint8Array): DocumentModel;
  write(doc: DocumentModel): Uint8Array;
  /** Flat OPC (`pkg:package`), for insertOoxml. */
  readOoxml?(xml: string): DocumentModel;
  /** Flat OPC, for getOoxml. */
  writeOoxml?(doc: DocumentModel): string;
}

export interface WordHostOptions {
  /** Which Word to imitate (requirement sets, platform, quirk defaults). Default 'web'. */
  preset?: HostPreset;
  /** Overrides the preset's requirement sets, e.g. `{ WordApi: '1.4' }`. */
  requirementSets?: RequirementSets;
  quirks?: Partial<Quirks>;
  /** The document to start with (used as is, live); default an empty A4 document. */
  document?: DocumentModel;
  /** .docx bytes to open instead (needs a codec). */
  bytes?: Uint8Array;
  codec?: DocxCodec;
}

/** A Word host for tests: the globals the add-in uses, the document underneath, and the user. */
export interface WordHost {
  /** Shaped like the `Word` global (install with `globalThis.Word = host.Word`). */
  readonly Word: typeof Word;
  readonly Office: typeof Office;
  readonly OfficeExtension: typeof OfficeExtension;
  /** The live document model (for assertions; mutate it only through the API or `user`). */
  readonly document: DocumentModel;
  /** Round trips so far (non-empty `context.sync()` calls, including Word.run's final one). */
  readonly syncCount: number;
  /** Statements (loads, writes, method calls) sent in those round trips. */
  readonly opCount: number;
  resetCounters(): void;
  /** Runs `fn` and reports the round trips and statements it cost. */
  measure<T>(fn: () => Promise<T>): Promise<{ result: T; syncs: number; ops: number }>;
  readonly user: UserApi;
  /** The file getFileAsync would produce, as .docx bytes. */
  save(): Uint8Array;
  /** The model getFileAsync writes (settings per the settingsNotInFileUntilSaved quirk). */
  fileModel(): DocumentModel;
  open(bytes: Uint8Array): void;
  /** Waits until every event handler the host has called has finished. */
  settle(): Promise<void>;
  /** Errors thrown by add-in event handlers (Word swallows them). */
  readonly handlerErrors: unknown[];
  /** Sets Word, Office and OfficeExtension on `target` (default globalThis); returns an undo function. */
  install(target?: object): () => void;
  /** Documents the add-in made with `context.application.createDocument` (and whether it opened them). */
  readonly createdDocuments: readonly { document: DocumentModel; opened: boolean }[];
  /** Internal state, for the host's own tests. */
  readonly state: HostState;
}

export const DEFAULT_QUIRKS: Readonly<Record<HostPreset, Quirks>> = {
  web: { eventsWhileTyping: true, undoFiresNothing: true, settingsNotInFileUntilSaved: true, getFileAsyncFails: false },
  ltsc2024: { eventsWhileTyping: false, undoFiresNothing: true, settingsNotInFileUntilSaved: true, getFileAsyncFails: false },
  office2019: { eventsWhileTyping: false, undoFiresNothing: true, settingsNotInFileUntilSaved: true, getFileAsyncFails: false },
};

export { emptyDocument } from './doc/empty.js';

/** Builds a host without a default codec (save/open need `options.codec`). */
export function createWordHostCore(options: WordHostOptions = {}): WordHost {
  const preset = options.preset ?? 'web';
  const sets = { ...PRESETS[preset], ...options.requirementSets };
  const quirks = { ...DEFAULT_QUIRKS[preset], ...options.quirks };
  const codec = options.codec;
  const needCodec = (): DocxCodec => {
    if (!codec) throw new Error(MESSAGES.noCodec());
    return codec;
  };
  const initial = options.bytes ? needCodec().read(options.bytes) : (options.document ?? emptyDocument());
  const state = new HostState(initial, sets, quirks, preset === 'web' ? 'OfficeOnline' : 'PC');
  state.codec = codec;
  const fileModel = (): DocumentModel => {
    state.stories.toModel(state.doc, state.sectionsNow());
    const doc = structuredClone(state.doc);
    const settings = quirks.settingsNotInFileUntilSaved ? state.settingsSaved : state.settingsLive;
    if (Object.keys(settings).length) doc.settings = { ...settings };
    else delete doc.settings;
    return doc;
  };
  const ch = contextHost(() => state);
  // The one cast: our objects implement the subset of office-js the add-in uses, not every member.
  const WordNs = makeWordNamespace(ch) as unknown as typeof Word;
  const OfficeNs = makeOffice({ state: () => state, fileModel, fileBytes: () => needCodec().write(fileModel()) }) as unknown as typeof Office;
  const OfficeExtensionNs = makeOfficeExtension() as unknown as typeof OfficeExtension;
  return {
    Word: WordNs,
    Office: OfficeNs,
    OfficeExtension: OfficeExtensionNs,
    get document() {
      return state.doc;
    },
    get syncCount() {
      return state.syncCount;
    },
    get opCount() {
      return state.opCount;
    },
    resetCounters() {
      state.syncCount = 0;
      state.opCount = 0;
    },
    async measure(fn) {
      const [s0, o0] = [state.syncCount, state.opCount];
      const result = await fn();
      return { result, syncs: state.syncCount - s0, ops: state.opCount - o0 };
    },
    user: makeUser(() => state),
    save: () => needCodec().write(fileModel()),
    fileModel,
    open(bytes) {
      state.adopt(needCodec().read(bytes));
    },
    settle: () => state.bus.settle(),
    get handlerErrors() {
      return state.bus.handlerErrors;
    },
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      const prev = { Word: t.Word, Office: t.Office, OfficeExtension: t.OfficeExtension };
      Object.assign(t, { Word: WordNs, Office: OfficeNs, OfficeExtension: OfficeExtensionNs });
      return () => Object.assign(t, prev);
    },
    get createdDocuments() {
      return state.createdDocuments;
    },
    state,
  };
}
