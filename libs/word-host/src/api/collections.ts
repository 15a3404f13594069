import type { DocumentModel, Paragraph, Table, TableCell, TableRow } from '@cds/model';
import { controlsUnder, paragraphsUnder, tablesUnder, type Control, type DocIndex, type Node } from '../doc/tree.js';
import { errors } from '../errors.js';
import type { ProxyLike } from '../runtime/client-object.js';
import { CollectionImpl } from '../runtime/collection.js';
import type { HostState } from '../runtime/state.js';
import type { ContentControlImpl } from './content-control.js';
import { make } from './makers.js';
import type { ParagraphImpl } from './paragraph.js';
import type { RangeImpl } from './range.js';
import { rangeParagraphs, type RangeTarget } from './range-target.js';
import type { TableImpl } from './table.js';
import { TableCellImpl, TableRowImpl } from './table-parts.js';

type Owner = Node | DocumentModel | RangeTarget;
const isRange = (t: Owner): t is RangeTarget => 'kind' in t && (t.kind === 'whole' || t.kind === 'span' || t.kind === 'between');

/** Nodes of a list that lie in a range: under its node, or (text ranges) wholly within the paragraphs it covers. */
function within<N extends Node>(idx: DocIndex, t: Owner, all: N[], under: (root: Node | DocumentModel) => N[]): N[] {
  if (!isRange(t)) return under(t);
  if (t.kind === 'whole') return under(t.node);
  if (t.kind === 'span') return under(t.paragraph);
  const covered = new Set(rangeParagraphs(idx, t));
  return all.filter((n) => {
    const ps = paragraphsUnder(idx, n);
    return ps.length > 0 && ps.every((p) => covered.has(p));
  });
}

/** `Word.ParagraphCollection`. */
export class ParagraphCollectionImpl extends CollectionImpl<Paragraph, ParagraphImpl> {
  readonly _class = 'ParagraphCollection';
  protected _item(path: () => Paragraph | null, nullable: boolean): ParagraphImpl {
    return make.paragraph(this.context, path, nullable);
  }
  /** The paragraphs of `owner` (body, control, cell, range …), including those in tables. */
  static of(owner: ProxyLike<Owner>, member: string, target: () => Owner = () => owner._require()): ParagraphCollectionImpl {
    return new ParagraphCollectionImpl(owner.context, () => {
      owner._check(member);
      const t = target();
      const idx = owner.context._host.state.index();
      return isRange(t) ? rangeParagraphs(idx, t) : paragraphsUnder(idx, t);
    });
  }
  getLast(): ParagraphImpl {
    return this._pick('getLast', (l) => l[l.length - 1], false);
  }
  getLastOrNullObject(): ParagraphImpl {
    return this._pick('getLastOrNullObject', (l) => l[l.length - 1], true);
  }
}

/** `Word.ContentControlCollection`: every control inside the owner, nested ones included, in document order. */
export class ContentControlCollectionImpl extends CollectionImpl<Control, ContentControlImpl> {
  readonly _class = 'ContentControlCollection';
  protected _item(path: () => Control | null, nullable: boolean): ContentControlImpl {
    return make.contentControl(this.context, path, nullable);
  }
  /**
   * The controls inside `owner` (the `contentControls` property, or
   * `getContentControls(options)`, WordApi 1.5: with `options.types`, only controls of
   * those types; every control the host holds is rich text).
   * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-getcontentcontrols-member(1)
   */
  static of(
    owner: ProxyLike<Owner>,
    member: string,
    target: () => Owner = () => owner._require(),
    options?: { types?: string[] },
  ): ContentControlCollectionImpl {
    const types = options?.types;
    if (types !== undefined && !Array.isArray(types)) throw errors.invalidArgument('ContentControlOptions.types must be an array');
    return new ContentControlCollectionImpl(owner.context, () => {
      owner._check(member);
      const all = ContentControlCollectionImpl.under(owner.context._host.state, target());
      return types === undefined || types.includes('RichText') ? all : [];
    });
  }
  /**
   * `Document.contentControls` / `getContentControls`: "This includes content controls in
   * the body of the document, headers, footers, textboxes, etc." (@types/office-js) — the
   * body's, then those of the headers and footers the API has opened.
   */
  static ofDocument(owner: ProxyLike<DocumentModel>, member: string, options?: { types?: string[] }): ContentControlCollectionImpl {
    const types = options?.types;
    if (types !== undefined && !Array.isArray(types)) throw errors.invalidArgument('ContentControlOptions.types must be an array');
    return new ContentControlCollectionImpl(owner.context, () => {
      owner._check(member);
      owner._require();
      const state = owner.context._host.state;
      const idx = state.index();
      const all = [...idx.controls, ...state.stories.all().flatMap((st) => controlsUnder(idx, st))];
      return types === undefined || types.includes('RichText') ? all : [];
    });
  }
  static under(host: HostState, t: Owner): Control[] {
    const idx = host.index();
    return within(idx, t, idx.controls, (root) => controlsUnder(idx, root));
  }
  private _filtered(method: string, keep: (c: Control) => boolean): ContentControlCollectionImpl {
    return new ContentControlCollectionImpl(this.context, () => {
      this._check(method);
      return this._require().filter(keep);
    });
  }
  /** An empty collection (not an error) when no control has the tag. */
  getByTag(tag: string): ContentControlCollectionImpl {
    return this._filtered('getByTag', (c) => c.cc.tag === tag);
  }
  getByTitle(title: string): ContentControlCollectionImpl {
    return this._filtered('getByTitle', (c) => c.cc.title === title);
  }
  getByTypes(types: string[]): ContentControlCollectionImpl {
    return this._filtered('getByTypes', () => types.includes('RichText'));
  }
  getById(id: number): ContentControlImpl {
    return this._pick('getById', (l) => l.find((c) => c.cc.sdtId === id), false);
  }
  getByIdOrNullObject(id: number): ContentControlImpl {
    return this._pick('getByIdOrNullObject', (l) => l.find((c) => c.cc.sdtId === id), true);
  }
}

/** `Word.TableCollection`. */
export class TableCollectionImpl extends CollectionImpl<Table, TableImpl> {
  readonly _class = 'TableCollection';
  protected _item(path: () => Table | null, nullable: boolean): TableImpl {
    return make.table(this.context, path, nullable);
  }
  static of(owner: ProxyLike<Owner>, member: string, target: () => Owner = () => owner._require()): TableCollectionImpl {
    return new TableCollectionImpl(owner.context, () => {
      owner._check(member);
      const idx = owner.context._host.state.index();
      return within(idx, target(), idx.tables, (root) => tablesUnder(idx, root));
    });
  }
}

/** `Word.RangeCollection` (search results). */
export class RangeCollectionImpl extends CollectionImpl<RangeTarget, RangeImpl> {
  readonly _class = 'RangeCollection';
  protected _item(path: () => RangeTarget | null, nullable: boolean): RangeImpl {
    return make.range(this.context, path, nullable);
  }
  protected override _alive(): boolean {
    return true;
  }
}

export class TableRowCollectionImpl extends CollectionImpl<TableRow, TableRowImpl> {
  readonly _class = 'TableRowCollection';
  protected _item(path: () => TableRow | null, nullable: boolean): TableRowImpl {
    return new TableRowImpl(this.context, path, nullable);
  }
}

export class TableCellCollectionImpl extends CollectionImpl<TableCell, TableCellImpl> {
  readonly _class = 'TableCellCollection';
  protected _item(path: () => TableCell | null, nullable: boolean): TableCellImpl {
    return new TableCellImpl(this.context, path, nullable);
  }
}
