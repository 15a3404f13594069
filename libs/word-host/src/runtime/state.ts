import type { Block, DocumentModel, PageSetup, Paragraph } from '@cds/model';
import { buildIndex, type Control, type DocIndex } from '../doc/tree.js';
import type { RequirementSets } from '../requirements.js';
import { StoryStore } from '../doc/stories.js';
import { emptyProps, type DocProps } from '../api/properties.js';
import { EventBus } from './events.js';

/** Documented differences between Word hosts that bite add-ins; each can be switched per test. */
export interface Quirks {
  /** Word on the web fires ContentControl.onDataChanged while the user types; desktop only when the cursor leaves the control. */
  eventsWhileTyping: boolean;
  /** Undo restores the document without firing any event (false = undo fires like an edit). */
  undoFiresNothing: boolean;
  /** Office.context.document.settings reach the file only after settings.saveAsync(). */
  settingsNotInFileUntilSaved: boolean;
  /** getFileAsync fails (some hosts and documents refuse it). */
  getFileAsyncFails: boolean;
}

/** What changed in the document since events were last dispatched. */
export interface ChangeLog {
  controlsChanged: Set<Control>;
  controlsAdded: Set<Control>;
  controlsDeleted: Set<Control>;
  paragraphsChanged: Set<Paragraph>;
  paragraphsAdded: Set<Paragraph>;
  paragraphsDeleted: Set<Paragraph>;
}

export const emptyChanges = (): ChangeLog => ({
  controlsChanged: new Set(),
  controlsAdded: new Set(),
  controlsDeleted: new Set(),
  paragraphsChanged: new Set(),
  paragraphsAdded: new Set(),
  paragraphsDeleted: new Set(),
});

/** Where the user's cursor or selection is. */
export type Selection = { kind: 'node'; node: import('../doc/tree.js').Node } | { kind: 'span'; paragraph: Paragraph; start: number; end: number };

/** Annotation (WordApi 1.7) kept beside the document, never saved into it. */
export interface AnnotationRecord {
  id: string;
  paragraph: Paragraph;
  critique: { start: number; length: number; colorScheme: string };
  state: 'Created' | 'Accepted' | 'Rejected';
}

/** The live state one host shares between its Word, Office and user APIs. */
export class HostState {
  doc: DocumentModel;
  syncCount = 0;
  opCount = 0;
  changes: ChangeLog = emptyChanges();
  bus = new EventBus();
  selection: Selection | undefined;
  annotations = new Map<string, AnnotationRecord>();
  settingsLive: Record<string, string> = {};
  settingsSaved: Record<string, string> = {};
  undoStack: DocumentModel[] = [];
  /** `Document.saved`: false once anything changed since the last save. */
  saved = true;
  /** Document properties, kept for the session (the model has no field for them). */
  properties: DocProps = emptyProps();
  /** Headers and footers the API has opened. */
  stories = new StoryStore(() => this.nextId());
  /** The last top-level block of each section but the last (sections end at a block, wherever it moves). */
  sectionEnds = new Map<PageSetup, Block>();
  /** The .docx and flat OPC reader/writer, when the host has one (insertOoxml, createDocument). */
  codec: import('../host.js').DocxCodec | undefined;
  /** Documents made by `application.createDocument`, in order; `opened` once `open()` ran. */
  createdDocuments: { document: DocumentModel; opened: boolean }[] = [];
  /** Controls the user typed into while eventsWhileTyping is off; they fire on leaving. */
  pendingTyping = new Set<Control>();
  private idx: DocIndex | undefined;
  private ids = 0;
  private sdtIds = 0;
  private localIds = new WeakMap<Paragraph, string>();

  constructor(
    doc: DocumentModel,
    readonly sets: RequirementSets,
    readonly quirks: Quirks,
    readonly platform: 'OfficeOnline' | 'PC',
  ) {
    this.doc = doc;
    this.adopt(doc);
  }

  /** Replaces the document (open), giving every content control a Word id. */
  adopt(doc: DocumentModel): void {
    this.doc = doc;
    this.stories?.clear();
    this.properties = emptyProps();
    this.sectionEnds = new Map();
    doc.sections.slice(0, -1).forEach((s) => {
      const b = s.endsAfterBlock !== undefined ? doc.body[s.endsAfterBlock] : undefined;
      if (b) this.sectionEnds.set(s, b);
    });
    this.settingsLive = { ...(doc.settings ?? {}) };
    this.settingsSaved = { ...this.settingsLive };
    this.annotations.clear();
    this.selection = undefined;
    this.touch();
    const idx = this.index();
    for (const c of idx.controls) if (c.cc.sdtId !== undefined) this.sdtIds = Math.max(this.sdtIds, c.cc.sdtId);
    for (const c of idx.controls) if (c.cc.sdtId === undefined) c.cc.sdtId = this.nextSdtId();
  }

  /**
   * The document's sections with `endsAfterBlock` brought up to date: a section ends
   * after the block it ended after when opened (or broken), wherever that block has
   * moved; a section whose last block was deleted merges into the next one.
   */
  sectionsNow(): PageSetup[] {
    const sections = this.doc.sections;
    for (let i = sections.length - 2; i >= 0; i--) {
      const s = sections[i]!;
      const end = this.sectionEnds.get(s);
      const k = end ? this.doc.body.indexOf(end) : -1;
      if (k >= 0) s.endsAfterBlock = k;
      else if (end) sections.splice(i, 1);
    }
    return sections;
  }

  index(): DocIndex {
    this.idx ??= buildIndex(this.doc, this.stories.all());
    return this.idx;
  }

  /** The tree's structure changed (something removed or moved): the index is rebuilt when next needed. */
  touch(): void {
    this.idx = undefined;
  }

  /** New nodes were placed under `parent`: patch the index instead of re-walking the document. */
  inserted(nodes: Parameters<DocIndex['added']>[0], parent: Parameters<DocIndex['added']>[1], list: unknown[]): void {
    this.idx?.added(nodes, parent, list);
  }

  /** Only text changed: character positions move, nothing else. */
  textChanged(): void {
    this.idx?.textChanged();
  }

  nextId(): string {
    return `h${++this.ids}`;
  }

  nextSdtId(): number {
    return ++this.sdtIds;
  }

  /** `Paragraph.uniqueLocalId` (WordApi 1.6): stable for the paragraph's life in this session. */
  uniqueLocalId(p: Paragraph): string {
    let id = this.localIds.get(p);
    if (!id) {
      const n = (++this.ids).toString(16).toUpperCase().padStart(12, '0');
      id = `{5C9A1E2B-0000-4000-8000-${n}}`;
      this.localIds.set(p, id);
    }
    return id;
  }

  /** Keeps a copy for host.user.undo(). */
  checkpoint(): void {
    this.saved = false;
    this.undoStack.push(structuredClone(this.doc));
    if (this.undoStack.length > 50) this.undoStack.shift();
  }
}
