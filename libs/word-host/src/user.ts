import type { Block, Paragraph } from '@cds/model';
import { HostError } from './errors.js';
import { assertEditable, insertBesides, insertBlocks, markChanged, newParagraph, removeNode } from './doc/edit.js';
import { writeInlines } from './doc/spans.js';
import { applyStyle } from './doc/styles.js';
import { inlineTextOf, isControl, offsetOfInline, type Control } from './doc/tree.js';
import { MESSAGES } from './messages.js';
import { dispatchChanges, flushTyping } from './runtime/dispatch.js';
import type { HostState, Selection } from './runtime/state.js';

/** A paragraph by model id or by a test over it. */
export type ParagraphRef = string | ((p: Paragraph) => boolean);
/** A block (paragraph, table, block control) by model id or by a test. */
export type BlockRef = string | ((b: Block) => boolean);
/** A content control by tag or by a test. */
export type ControlRef = { control: string | ((c: Control) => boolean) };
/** What the user pastes: plain paragraphs (text, optionally a style name) or model blocks. */
export type Pasted = string | { text: string; style?: string } | Block;

export interface UserApi {
  /** Types text at the end (or start, or over) a paragraph or into a content control. */
  type(target: ParagraphRef | ControlRef, text: string, opts?: { at?: 'start' | 'end' | 'replace' }): Promise<void>;
  /** Deletes a block the way selecting it and pressing Delete would. */
  deleteBlock(target: BlockRef): Promise<void>;
  /** Pastes plain paragraphs after (or before) a block, or at the end of the document. */
  pasteBlocks(where: { after: BlockRef } | { before: BlockRef } | 'end', blocks: Pasted[]): Promise<void>;
  /** Puts the cursor in a paragraph (offset defaults to its end); leaving a control fires its pending events. */
  moveCursor(target: ParagraphRef, offset?: number): Promise<void>;
  /** Selects a whole block. */
  select(target: BlockRef): Promise<void>;
  /** Undo of the last edit (user's or add-in's sync). Fires nothing unless the undoFiresNothing quirk is off. */
  undo(): Promise<void>;
  /** The user clicks, hovers or picks a popup action of an annotation (Document.onAnnotationClicked / Hovered / PopupAction). */
  annotation(id: string, what: 'click' | 'hover' | { action: string; critiqueSuggestion: string }): Promise<void>;
}

function controlsAt(state: HostState, sel: Selection | undefined): Control[] {
  if (!sel) return [];
  const idx = state.index();
  const node = sel.kind === 'span' ? sel.paragraph : sel.node;
  const chain = [...(idx.locs.get(node)?.ancestors ?? []), node].filter(isControl);
  if (sel.kind === 'span') {
    for (const c of idx.controls) {
      if (!('kind' in c) || c.kind !== 'inlineControl' || !idx.locs.get(c)?.ancestors.includes(sel.paragraph)) continue;
      const at = offsetOfInline(sel.paragraph, c);
      if (sel.start >= at && sel.start <= at + inlineTextOf(c.children).length) chain.push(c);
    }
  }
  return chain;
}

export function makeUser(state: () => HostState): UserApi {
  const idx = () => state().index();
  const paragraph = (ref: ParagraphRef): Paragraph => {
    const p = idx().paragraphs.find((x) => (typeof ref === 'string' ? x.id === ref : ref(x)));
    if (!p) throw new Error(`No paragraph matches ${String(ref)}`);
    return p;
  };
  const block = (ref: BlockRef): Block => {
    for (const n of idx().locs.keys()) {
      const b = n as Block;
      if (!('kind' in b) || (b.kind as string) === 'inlineControl') continue;
      if (typeof ref === 'string' ? b.id === ref : ref(b)) return b;
    }
    throw new Error(`No block matches ${String(ref)}`);
  };
  const control = (ref: ControlRef['control']): Control => {
    const c = idx().controls.find((x) => (typeof ref === 'string' ? x.cc.tag === ref : ref(x)));
    if (!c) throw new Error(`No content control matches ${String(ref)}`);
    return c;
  };
  const moveTo = (sel: Selection | undefined) => {
    const s = state();
    const before = controlsAt(s, s.selection);
    s.selection = sel;
    const after = controlsAt(s, sel);
    for (const c of before) if (!after.includes(c)) s.bus.emit(c, 'onExited', { eventType: 'ContentControlExited', ids: [c.cc.sdtId], source: 'Local' });
    for (const c of after) if (!before.includes(c)) s.bus.emit(c, 'onEntered', { eventType: 'ContentControlEntered', ids: [c.cc.sdtId], source: 'Local' });
    for (const c of after) s.bus.emit(c, 'onSelectionChanged', { eventType: 'ContentControlSelectionChanged', ids: [c.cc.sdtId], source: 'Local' });
    flushTyping(s, (c) => after.includes(c));
    s.bus.emit('office', 'documentSelectionChanged', { type: 'documentSelectionChanged' });
  };
  /** Runs a user edit: checkpoint, edit, events, then waits for the add-in's handlers. */
  const edit = async (fn: (s: HostState) => void) => {
    const s = state();
    s.checkpoint();
    try {
      fn(s);
    } catch (e) {
      if (e instanceof HostError && e.code === 'AccessDenied') throw new Error(MESSAGES.locked(e.message));
      throw e;
    }
    dispatchChanges(s, true);
    await s.bus.settle();
  };

  return {
    async type(target, text, opts = {}) {
      const at = opts.at ?? 'end';
      const where = at === 'start' ? 'Start' : at === 'replace' ? 'Replace' : 'End';
      if (typeof target === 'object') {
        const c = control(target.control);
        const inline = 'kind' in c && c.kind === 'inlineControl' ? c : undefined;
        const p = !inline
          ? idx()
              .paragraphs.filter((x) => idx().locs.get(x)?.ancestors.includes(c))
              .at(at === 'start' ? 0 : -1)
          : undefined;
        moveTo(p ? { kind: 'span', paragraph: p, start: 0, end: 0 } : { kind: 'node', node: c });
        await edit((s) => {
          assertEditable(s, c);
          if (inline) writeInlines(inline.children, text, where);
          else if (p) writeInlines(p.inlines, text, where);
          s.touch();
          markChanged(s, p ?? c);
        });
        return;
      }
      const p = paragraph(target);
      moveTo({ kind: 'span', paragraph: p, start: 0, end: 0 });
      await edit((s) => {
        assertEditable(s, p);
        const [, end] = writeInlines(p.inlines, text, where);
        s.touch();
        markChanged(s, p);
        s.selection = { kind: 'span', paragraph: p, start: end, end };
      });
    },
    async deleteBlock(target) {
      const b = block(target);
      await edit((s) => {
        if (isControl(b) && b.cc.cannotDelete) throw new Error(MESSAGES.locked(`content control ${b.cc.tag ?? ''}`));
        removeNode(s, b);
      });
    },
    async pasteBlocks(where, blocks) {
      const made = (s: HostState): Block[] =>
        blocks.map((x) => {
          if (typeof x === 'string') return newParagraph(s, x);
          if ('kind' in x) return structuredClone(x);
          const p = newParagraph(s, x.text);
          if (x.style) applyStyle(p, x.style);
          return p;
        });
      await edit((s) => {
        if (where === 'end') insertBlocks(s, s.doc, s.doc.body.length, made(s));
        else if ('after' in where) insertBesides(s, block(where.after), 'After', made(s));
        else insertBesides(s, block(where.before), 'Before', made(s));
      });
    },
    async moveCursor(target, offset) {
      const p = paragraph(target);
      const at = offset ?? inlineTextOf(p.inlines).length;
      moveTo({ kind: 'span', paragraph: p, start: at, end: at });
      await state().bus.settle();
    },
    async select(target) {
      moveTo({ kind: 'node', node: block(target) });
      await state().bus.settle();
    },
    async undo() {
      const s = state();
      const prev = s.undoStack.pop();
      if (!prev) return;
      s.doc.body = prev.body;
      s.doc.customParts = prev.customParts;
      s.touch();
      s.selection = undefined;
      if (!s.quirks.undoFiresNothing) {
        for (const p of s.index().paragraphs) s.changes.paragraphsChanged.add(p);
        dispatchChanges(s, true);
      }
      await s.bus.settle();
    },
    async annotation(id, what) {
      const s = state();
      if (!s.annotations.has(id)) throw new Error(`No annotation has id ${id}`);
      if (what === 'click') s.bus.emit('document', 'onAnnotationClicked', { id });
      else if (what === 'hover') s.bus.emit('document', 'onAnnotationHovered', { id });
      else s.bus.emit('document', 'onAnnotationPopupAction', { id, ...what });
      await s.bus.settle();
    },
  };
}
