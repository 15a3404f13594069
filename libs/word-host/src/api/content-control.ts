import type { Paragraph } from '@cds/model';
import { errors } from '../errors.js';
import { assertEditable, removeNode, unwrap } from '../doc/edit.js';
import { isControl, isTable, nearest, type Control } from '../doc/tree.js';
import { defineAccessors, type ClientObjectImpl, type Props } from '../runtime/client-object.js';
import { CC_PROPS, deleteRowOrCell } from './content-control-props.js';
import { EventHandlersImpl } from './events.js';
import { make } from './makers.js';
import { RangeLikeImpl } from './range-like.js';
import { whole, type RangeTarget } from './range-target.js';
import type { TableImpl } from './table.js';

/** `Word.ContentControl` (rich text, block or inline). https://learn.microsoft.com/javascript/api/word/word.contentcontrol */
export class ContentControlImpl extends RangeLikeImpl<Control> {
  readonly _class = 'ContentControl';

  protected _props(): Props<Control> {
    return CC_PROPS as Props<Control>;
  }
  protected override _navs(): readonly string[] {
    return ['font', 'paragraphs', 'contentControls', 'tables', 'parentContentControl', 'parentContentControlOrNullObject', 'parentTableOrNullObject'];
  }

  protected _range(): RangeTarget {
    return whole(this._require());
  }
  get parentContentControl(): ContentControlImpl {
    return this._memo('parentContentControl', () => parentControlOf(this, false, 'parentContentControl'));
  }
  get parentContentControlOrNullObject(): ContentControlImpl {
    return this._memo('parentContentControlOrNullObject', () => parentControlOf(this, true, 'parentContentControlOrNullObject'));
  }
  get parentTableOrNullObject(): TableImpl {
    return this._memo('parentTableOrNullObject', () => {
      const t = make.table(
        this.context,
        () => {
          this._check('parentTableOrNullObject');
          return nearest(this._state.index(), this._require(), isTable) ?? null;
        },
        true,
      );
      t._op('parentTableOrNullObject', () => void t._resolve(), false, true);
      return t;
    });
  }

  /** WordApi 1.5 events. https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-ondatachanged-member */
  get onDataChanged(): EventHandlersImpl {
    return this._memo('onDataChanged', () => new EventHandlersImpl(this, 'onDataChanged'));
  }
  get onDeleted(): EventHandlersImpl {
    return this._memo('onDeleted', () => new EventHandlersImpl(this, 'onDeleted'));
  }
  get onEntered(): EventHandlersImpl {
    return this._memo('onEntered', () => new EventHandlersImpl(this, 'onEntered'));
  }
  /** WordApi 1.5: the selection moved within the control (raised by `host.user` moves). */
  get onSelectionChanged(): EventHandlersImpl {
    return this._memo('onSelectionChanged', () => new EventHandlersImpl(this, 'onSelectionChanged'));
  }
  get onExited(): EventHandlersImpl {
    return this._memo('onExited', () => new EventHandlersImpl(this, 'onExited'));
  }

  /** Start/End put paragraphs (and tables) inside, so only block and cell controls take them. */
  protected override _checkInsert(method: string, where: string): void {
    const c = this._require();
    const holdsBlocks = 'kind' in c ? c.kind === 'blockControl' : 'blocks' in c;
    if ((method === 'insertParagraph' || method === 'insertTable') && !holdsBlocks && (where === 'Start' || where === 'End'))
      throw errors.invalidArgument('only block and cell content controls hold paragraphs');
  }
  /** delete(keepContent): `w:lock` sdtLocked (cannotDelete) refuses it with AccessDenied. */
  delete(keepContent: boolean): void {
    this._op(
      'delete',
      () => {
        const c = this._require();
        if (c.cc.cannotDelete) throw errors.accessDenied(`content control ${c.cc.tag ?? c.cc.sdtId} cannot be deleted`);
        if (keepContent) {
          const loc = this._state.index().locs.get(c);
          if (loc) assertEditable(this._state, loc.parent as never);
          unwrap(this._state, c);
        } else if ('kind' in c) removeNode(this._state, c);
        else deleteRowOrCell(this._state, c);
      },
      true,
    );
  }
}

defineAccessors(ContentControlImpl, CC_PROPS as Props<never>);
export interface ContentControlImpl {
  readonly id: number;
  tag: string;
  title: string;
  readonly text: string;
  readonly type: string;
  readonly subtype: string;
  appearance: string;
  color: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  placeholderText: string;
}

/**
 * `parentContentControl[OrNullObject]` of any object inside the document: the
 * nearest enclosing control, resolved at sync (shared by paragraphs and controls).
 */
export function parentControlOf<T extends Control | Paragraph>(owner: ClientObjectImpl<T>, nullable: boolean, member: string): ContentControlImpl {
  const cc = new ContentControlImpl(
    owner.context,
    () => {
      owner._check(member);
      return nearest(owner.context._host.state.index(), owner._require(), (n): n is Control => isControl(n)) ?? null;
    },
    nullable,
  );
  if (nullable) cc._op(member, () => void cc._resolve(), false, true);
  return cc;
}

make.contentControl = (ctx, path, nullable) => new ContentControlImpl(ctx, path, nullable);
