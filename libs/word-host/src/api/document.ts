import type { DocumentModel } from '@cds/model';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import { BodyImpl } from './body.js';
import { ContentControlCollectionImpl } from './collections.js';
import { CustomXmlPartCollectionImpl } from './custom-xml.js';
import { EventHandlersImpl } from './events.js';
import { RangeImpl } from './range.js';
import { DocumentPropertiesImpl } from './properties.js';
import { SectionCollectionImpl } from './section.js';
import { SettingCollectionImpl } from './settings.js';

/** `Word.Document`. https://learn.microsoft.com/javascript/api/word/word.document */
export class DocumentImpl extends ClientObjectImpl<DocumentModel> {
  readonly _class = 'Document';
  protected _props(): Props<DocumentModel> {
    return DOCUMENT_PROPS as Props<DocumentModel>;
  }
  protected override _navs(): readonly string[] {
    return ['body', 'contentControls', 'settings', 'customXmlParts', 'sections', 'properties'];
  }
  private get _state() {
    return this.context._host.state;
  }
  get body(): BodyImpl {
    return this._memo('body', () => new BodyImpl(this.context, () => this._require()));
  }
  get contentControls(): ContentControlCollectionImpl {
    return this._memo('contentControls', () => ContentControlCollectionImpl.ofDocument(this, 'contentControls'));
  }
  /** WordApi 1.5. */
  getContentControls(options?: { types?: string[] }): ContentControlCollectionImpl {
    return ContentControlCollectionImpl.ofDocument(this, 'getContentControls', options);
  }
  /** WordApi 1.1: the document's sections, with their headers and footers. */
  get sections(): SectionCollectionImpl {
    return this._memo('sections', () => SectionCollectionImpl.of(this.context, () => this._check('sections')));
  }
  /** WordApi 1.3: built-in and custom document properties (kept for the session, not saved). */
  get properties(): DocumentPropertiesImpl {
    return this._memo(
      'properties',
      () =>
        new DocumentPropertiesImpl(this.context, () => {
          this._check('properties');
          return this._state;
        }),
    );
  }
  /** WordApi 1.4. */
  get settings(): SettingCollectionImpl {
    return this._memo(
      'settings',
      () =>
        new SettingCollectionImpl(this.context, () => {
          this._check('settings');
          return Object.keys(this._state.settingsLive).map((key) => ({ key }));
        }),
    );
  }
  /** WordApi 1.4: the same parts as Office.context.document.customXmlParts. */
  get customXmlParts(): CustomXmlPartCollectionImpl {
    return this._memo(
      'customXmlParts',
      () =>
        new CustomXmlPartCollectionImpl(this.context, () => {
          this._check('customXmlParts');
          return CustomXmlPartCollectionImpl.all(this.context);
        }),
    );
  }
  /** The user's selection (or the cursor at the start of the document). */
  getSelection(): RangeImpl {
    return new RangeImpl(this.context, () => {
      this._check('getSelection');
      const sel = this._state.selection;
      if (!sel) {
        const first = this._state.index().paragraphs[0];
        return first ? { kind: 'span', paragraph: first, start: 0, end: 0 } : { kind: 'whole', node: this._require() };
      }
      return sel.kind === 'span' ? { ...sel } : { kind: 'whole', node: sel.node };
    });
  }
  save(): void {
    this._op('save', () => {
      this._state.settingsSaved = { ...this._state.settingsLive };
      this._state.saved = true;
    });
  }
  /** WordApi 1.5 / 1.6 document events. */
  get onContentControlAdded(): EventHandlersImpl {
    return this._memo('onContentControlAdded', () => new EventHandlersImpl(this, 'onContentControlAdded', true));
  }
  get onParagraphAdded(): EventHandlersImpl {
    return this._memo('onParagraphAdded', () => new EventHandlersImpl(this, 'onParagraphAdded', true));
  }
  get onParagraphChanged(): EventHandlersImpl {
    return this._memo('onParagraphChanged', () => new EventHandlersImpl(this, 'onParagraphChanged', true));
  }
  /** WordApi 1.7 / 1.8 annotation events: inserted and removed by the API, clicked, hovered and popup actions by `host.user`. */
  get onAnnotationInserted(): EventHandlersImpl {
    return this._memo('onAnnotationInserted', () => new EventHandlersImpl(this, 'onAnnotationInserted', true));
  }
  get onAnnotationRemoved(): EventHandlersImpl {
    return this._memo('onAnnotationRemoved', () => new EventHandlersImpl(this, 'onAnnotationRemoved', true));
  }
  get onAnnotationClicked(): EventHandlersImpl {
    return this._memo('onAnnotationClicked', () => new EventHandlersImpl(this, 'onAnnotationClicked', true));
  }
  get onAnnotationHovered(): EventHandlersImpl {
    return this._memo('onAnnotationHovered', () => new EventHandlersImpl(this, 'onAnnotationHovered', true));
  }
  get onAnnotationPopupAction(): EventHandlersImpl {
    return this._memo('onAnnotationPopupAction', () => new EventHandlersImpl(this, 'onAnnotationPopupAction', true));
  }
  get onParagraphDeleted(): EventHandlersImpl {
    return this._memo('onParagraphDeleted', () => new EventHandlersImpl(this, 'onParagraphDeleted', true));
  }
}

const DOCUMENT_PROPS = {
  saved: { get: (_d: DocumentModel, ctx: import('../runtime/context.js').HostContext) => ctx._host.state.saved },
};
defineAccessors(DocumentImpl, DOCUMENT_PROPS as Props<never>);
export interface DocumentImpl {
  readonly saved: boolean;
}
