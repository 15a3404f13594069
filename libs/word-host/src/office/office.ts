import type { DocumentModel } from '@cds/model';
import { fragmentOf } from '../api/ooxml.js';
import { rangeText, type RangeTarget } from '../api/range-target.js';
import { MESSAGES } from '../messages.js';
import { isSetSupported } from '../requirements.js';
import { guard, NotImplementedError } from '../runtime/guard.js';
import type { HostState } from '../runtime/state.js';
import { CustomXmlPartsImpl } from './custom-xml.js';
import { failed, FileImpl, MAX_SLICE, succeeded, type Callback } from './file.js';
import { OfficeSettingsImpl } from './settings.js';

/** What the Office namespace needs from its host. */
export interface OfficeHost {
  state: () => HostState;
  /** The document as getFileAsync writes it (settings per the settingsNotInFileUntilSaved quirk). */
  fileBytes: () => Uint8Array;
  fileModel: () => DocumentModel;
}

const FILE_LIMIT = 2; // "No more than two documents are allowed to be in memory" (Document.getFileAsync docs)

/** The subset of the `Office` namespace the add-in uses, over one host. */
export function makeOffice(h: OfficeHost) {
  let open = 0;
  const platform = () => h.state().platform;
  const info = () => ({ host: 'Word', platform: platform() });

  function getFileAsync(fileType: string, options?: unknown, callback?: Callback<FileImpl>): void {
    const cb = typeof options === 'function' ? (options as Callback<FileImpl>) : callback;
    const opts = (typeof options === 'object' && options !== null ? options : {}) as { sliceSize?: number; asyncContext?: unknown };
    const ctx = opts.asyncContext;
    const reply = (r: ReturnType<typeof succeeded<FileImpl>>): void => void setTimeout(() => cb?.(r), 0);
    const sliceSize = opts.sliceSize ?? MAX_SLICE;
    if (h.state().quirks.getFileAsyncFails) return reply(failed(5001, 'Internal Error', 'An internal error has occurred.', ctx));
    if (!(sliceSize > 0 && sliceSize <= MAX_SLICE)) return reply(failed(5001, 'Internal Error', 'The slice size is out of range.', ctx));
    if (open >= FILE_LIMIT) return reply(failed(5001, 'Internal Error', 'Too many files are open; close one with File.closeAsync.', ctx));
    let content: Uint8Array | string;
    if (fileType === 'compressed') content = h.fileBytes();
    else if (fileType === 'text') content = textOf(h.fileModel());
    else return reply(failed(5001, 'Internal Error', `File type '${fileType}' is not supported by this host.`, ctx));
    open++;
    reply(
      succeeded(
        guard(new FileImpl(content, sliceSize, () => open--), 'Office', () => 'File'),
        ctx,
      ),
    );
  }

  /** Common-API document events (DocumentSelectionChanged); raised by the host's user API. */
  function addHandlerAsync(eventType: string, handler: (args: unknown) => unknown, options?: unknown, callback?: Callback<void>): void {
    const cb = typeof options === 'function' ? (options as Callback<void>) : callback;
    const ok = eventType === 'documentSelectionChanged';
    if (ok) h.state().bus.add({ target: 'office', event: eventType, handler });
    setTimeout(() => cb?.(ok ? succeeded(undefined) : failed(5000, 'Invalid Event', `Event '${eventType}' is not supported.`)), 0);
  }
  function removeHandlerAsync(eventType: string, options?: { handler?: (args: unknown) => unknown } | Callback<void>, callback?: Callback<void>): void {
    const cb = typeof options === 'function' ? options : callback;
    const handler = typeof options === 'object' ? options.handler : undefined;
    const bus = h.state().bus;
    bus.regs = bus.regs.filter((r) => !(r.target === 'office' && r.event === eventType && (!handler || r.handler === handler)));
    setTimeout(() => cb?.(succeeded(undefined)), 0);
  }

  const settings = guard(new OfficeSettingsImpl(h.state), 'Office', () => 'Settings');
  const customXmlParts = guard(new CustomXmlPartsImpl(h.state), 'Office', () => 'CustomXmlParts');

  /**
   * The selection as text or as flat OPC (Office.CoercionType.Text / Ooxml).
   * https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getselecteddataasync-member(1)
   */
  function getSelectedDataAsync(coercionType: string, options?: unknown, callback?: Callback<string>): void {
    const cb = typeof options === 'function' ? (options as Callback<string>) : callback;
    const ctx = typeof options === 'object' && options !== null ? (options as { asyncContext?: unknown }).asyncContext : undefined;
    const reply = (r: ReturnType<typeof succeeded<string>>): void => void setTimeout(() => cb?.(r), 0);
    const state = h.state();
    const r = selectionRange(state);
    if (coercionType === 'text') return reply(succeeded(r ? rangeText(r, state.index()) : '', ctx));
    if (coercionType === 'ooxml') {
      if (!state.codec?.writeOoxml) return reply(failed(5001, 'Internal Error', MESSAGES.noCodec(), ctx));
      return reply(succeeded(r ? fragmentOf(state, r) : '', ctx));
    }
    if (coercionType === 'html' || coercionType === 'matrix' || coercionType === 'table')
      throw new NotImplementedError(`Document.getSelectedDataAsync(Office.CoercionType '${coercionType}')`);
    return reply(failed(1000, 'Invalid Coercion Type', `The coercion type '${coercionType}' is not supported.`, ctx));
  }
  const Office = {
    initialize: undefined as undefined | ((reason: string) => void),
    onReady(callback?: (i: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info());
          resolve(info());
        }, 0);
      });
    },
    context: guard(
      {
        get host() {
          return 'Word';
        },
        get platform() {
          return platform();
        },
        displayLanguage: 'vi-VN',
        contentLanguage: 'vi-VN',
        get diagnostics() {
          return { ...info(), version: platform() === 'OfficeOnline' ? '16.0.0.0' : '16.0.17928.20114' };
        },
        requirements: guard(
          {
            isSetSupported: (name: string, minVersion?: string | number) => isSetSupported(h.state().sets, name, minVersion),
          },
          'Office',
          () => 'RequirementSetSupport',
        ),
        document: guard(
          {
            mode: 'readWrite',
            url: 'https://host.invalid/document.docx',
            settings,
            customXmlParts,
            getFileAsync,
            getSelectedDataAsync,
            addHandlerAsync,
            removeHandlerAsync,
          },
          'Office',
          () => 'Document',
        ),
      },
      'Office',
      () => 'Context',
    ),
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    FileType: { Compressed: 'compressed', Pdf: 'pdf', Text: 'text' },
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    CoercionType: { Text: 'text', Ooxml: 'ooxml', Html: 'html', Matrix: 'matrix', Table: 'table' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged', SettingsChanged: 'settingsChanged' },
  };
  // office.js calls Office.initialize (if the page set one) once the document is ready.
  setTimeout(() => Office.initialize?.('documentOpened'), 0);
  return Office;
}

/** The user's selection as a range (none: the cursor at the start, an empty selection). */
function selectionRange(state: HostState): RangeTarget | undefined {
  const sel = state.selection;
  if (!sel) return undefined;
  return sel.kind === 'span' ? { ...sel } : { kind: 'whole', node: sel.node };
}

function textOf(doc: DocumentModel): string {
  const out: string[] = [];
  const walk = (blocks: DocumentModel['body']) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph')
        out.push(
          b.inlines
            .map(function t(i): string {
              return i.kind === 'run' ? i.text : i.children.map(t).join('');
            })
            .join(''),
        );
      else if (b.kind === 'blockControl') walk(b.children);
      else for (const r of b.rows) for (const c of r.cells) walk(c.blocks);
    }
  };
  walk(doc.body);
  return out.join('\r\n');
}
