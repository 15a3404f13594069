import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import { CollectionImpl } from '../runtime/collection.js';
import type { HostContext } from '../runtime/context.js';
import type { AnnotationRecord } from '../runtime/state.js';

/** `Word.Annotation` (WordApi 1.7). */
export class AnnotationImpl extends ClientObjectImpl<AnnotationRecord> {
  readonly _class = 'Annotation';
  protected _props(): Props<AnnotationRecord> {
    return ANNOTATION_PROPS as Props<AnnotationRecord>;
  }
  protected override _alive(t: AnnotationRecord): boolean {
    return this.context._host.state.annotations.get(t.id) === t;
  }
  protected override _navs(): readonly string[] {
    return ['critiqueAnnotation'];
  }
  get critiqueAnnotation(): CritiqueAnnotationImpl {
    return this._memo(
      'critiqueAnnotation',
      () =>
        new CritiqueAnnotationImpl(this.context, () => {
          this._check('critiqueAnnotation');
          return this._require();
        }),
    );
  }
  delete(): void {
    this._op('delete', () => {
      const state = this.context._host.state;
      const { id } = this._require();
      state.annotations.delete(id);
      state.bus.emit('document', 'onAnnotationRemoved', { ids: [id] });
    });
  }
}

/** `Word.CritiqueAnnotation` (WordApi 1.7): the critique, and accept/reject as the user would. */
export class CritiqueAnnotationImpl extends ClientObjectImpl<AnnotationRecord> {
  readonly _class = 'CritiqueAnnotation';
  protected _props(): Props<AnnotationRecord> {
    return CRITIQUE_PROPS as Props<AnnotationRecord>;
  }
  protected override _alive(t: AnnotationRecord): boolean {
    return this.context._host.state.annotations.get(t.id) === t;
  }
  accept(): void {
    this._op('accept', () => void (this._require().state = 'Accepted'));
  }
  reject(): void {
    this._op('reject', () => void (this._require().state = 'Rejected'));
  }
}
const CRITIQUE_PROPS = { critique: { get: (a: AnnotationRecord, _ctx: HostContext) => ({ ...a.critique }) } };
defineAccessors(CritiqueAnnotationImpl, CRITIQUE_PROPS as Props<never>);
export interface CritiqueAnnotationImpl {
  readonly critique: { start: number; length: number; colorScheme: string };
}
const ANNOTATION_PROPS = {
  id: { get: (a: AnnotationRecord) => a.id },
  state: { get: (a: AnnotationRecord) => a.state },
};
defineAccessors(AnnotationImpl, ANNOTATION_PROPS as Props<never>);
export interface AnnotationImpl {
  readonly id: string;
  readonly state: string;
}

/** `Word.AnnotationCollection`. */
export class AnnotationCollectionImpl extends CollectionImpl<AnnotationRecord, AnnotationImpl> {
  readonly _class = 'AnnotationCollection';
  protected _item(path: () => AnnotationRecord | null, nullable: boolean): AnnotationImpl {
    return new AnnotationImpl(this.context, path, nullable);
  }
}
