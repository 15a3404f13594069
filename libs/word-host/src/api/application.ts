import type { DocumentModel } from '@cds/model';
import { emptyDocument } from '../doc/empty.js';
import { errors } from '../errors.js';
import { MESSAGES } from '../messages.js';
import { ClientObjectImpl, type Props } from '../runtime/client-object.js';
import type { HostState } from '../runtime/state.js';

type Created = HostState['createdDocuments'][number];

const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/**
 * `Word.DocumentCreated`: a document made by `createDocument`, kept beside the open one
 * (`host.createdDocuments`). `open()` (WordApi 1.3) marks it opened, as Word would show
 * it in a new window; its content members are WordApiHiddenDocument (desktop only).
 * https://learn.microsoft.com/javascript/api/word/word.documentcreated
 */
export class DocumentCreatedImpl extends ClientObjectImpl<Created> {
  readonly _class = 'DocumentCreated';
  protected _props(): Props<Created> {
    return {};
  }
  open(): void {
    this._op('open', () => void (this._require().opened = true));
  }
}

/**
 * `Word.Application` (`context.application`).
 * https://learn.microsoft.com/javascript/api/word/word.application
 */
export class ApplicationImpl extends ClientObjectImpl<HostState> {
  readonly _class = 'Application';
  protected _props(): Props<HostState> {
    return {};
  }
  /** WordApi 1.3: a new document, blank or from a .docx given in base64. */
  createDocument(base64File?: string): DocumentCreatedImpl {
    const created = new DocumentCreatedImpl(this.context, () => null);
    this._op('createDocument', () => {
      const state = this._require();
      let document: DocumentModel = emptyDocument();
      if (base64File !== undefined) {
        if (!state.codec) throw errors.generalException(MESSAGES.noCodec());
        try {
          document = state.codec.read(fromBase64(base64File));
        } catch (e) {
          throw errors.invalidArgument(`base64File is no readable .docx: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      const entry = { document, opened: false };
      state.createdDocuments.push(entry);
      created._bind(entry);
    });
    return created;
  }
}
