import type { PageSetup } from '@cds/model';
import { errors } from '../errors.js';
import { NotImplementedError } from '../runtime/guard.js';
import type { StoryKind, StoryType } from '../doc/stories.js';
import { ClientObjectImpl, type Props } from '../runtime/client-object.js';
import { CollectionImpl } from '../runtime/collection.js';
import type { HostContext } from '../runtime/context.js';
import type { BodyImpl } from './body.js';
import { make } from './makers.js';

const TYPES: readonly string[] = ['Primary', 'FirstPage', 'EvenPages'];

/**
 * `Word.Section` (WordApi 1.1): its headers and footers as Body objects.
 * https://learn.microsoft.com/javascript/api/word/word.section
 */
export class SectionImpl extends ClientObjectImpl<PageSetup> {
  readonly _class = 'Section';
  protected _props(): Props<PageSetup> {
    return {};
  }
  protected override _navs(): readonly string[] {
    return ['body'];
  }
  protected override _alive(t: PageSetup): boolean {
    return this.context._host.state.doc.sections.includes(t);
  }
  private _story(kind: StoryKind, type: string, member: string): BodyImpl {
    return make.body(this.context, () => {
      this._check(member);
      if (!TYPES.includes(type)) throw errors.invalidArgument(`HeaderFooterType '${type}'`);
      const state = this.context._host.state;
      const story = state.stories.get(state.doc, this._require(), kind, type as StoryType);
      state.touch(); // the index now walks this story too
      return story;
    });
  }
  /**
   * The section's body. The host's Body stands for a whole story, so this is the document
   * body when the document has one section; with several it fails loudly at sync.
   * https://learn.microsoft.com/javascript/api/word/word.section#word-word-section-body-member
   */
  get body(): BodyImpl {
    return this._memo('body', () =>
      make.body(this.context, () => {
        this._check('body');
        const state = this.context._host.state;
        this._require();
        if (state.sectionsNow().length > 1) throw new NotImplementedError('Section.body of a document with several sections');
        return state.doc;
      }),
    );
  }
  /** "Gets one of the section's headers": Primary, FirstPage or EvenPages. */
  getHeader(type: string): BodyImpl {
    return this._story('header', type, 'getHeader');
  }
  getFooter(type: string): BodyImpl {
    return this._story('footer', type, 'getFooter');
  }
  private _next(nullable: boolean, member: string): SectionImpl {
    const s = new SectionImpl(
      this.context,
      () => {
        this._check(member);
        const list = this.context._host.state.sectionsNow();
        return list[list.indexOf(this._require()) + 1] ?? null;
      },
      nullable,
    );
    if (nullable) s._op(member, () => void s._resolve(), false, true);
    return s;
  }
  /** WordApi 1.3. */
  getNext(): SectionImpl {
    return this._next(false, 'getNext');
  }
  getNextOrNullObject(): SectionImpl {
    return this._next(true, 'getNextOrNullObject');
  }
}

/** `Word.SectionCollection`. */
export class SectionCollectionImpl extends CollectionImpl<PageSetup, SectionImpl> {
  readonly _class = 'SectionCollection';
  protected _item(path: () => PageSetup | null, nullable: boolean): SectionImpl {
    return new SectionImpl(this.context, path, nullable);
  }
  static of(ctx: HostContext, check: () => void): SectionCollectionImpl {
    return new SectionCollectionImpl(ctx, () => {
      check();
      return ctx._host.state.sectionsNow();
    });
  }
}
