import { errors } from '../errors.js';
import { assertEditable, markChanged } from '../doc/edit.js';
import { colorToHex } from '../doc/colors.js';
import { apiText, nodeText } from '../doc/text.js';
import type { Control, ControlledCell, ControlledRow } from '../doc/tree.js';
import type { HostState } from '../runtime/state.js';
import { clearAt } from './range-edit.js';
import { whole } from './range-target.js';

const APPEARANCE_TO_API = { boundingBox: 'BoundingBox', tags: 'Tags', hidden: 'Hidden' } as const;
const APPEARANCE_FROM_API: Record<string, 'boundingBox' | 'tags' | 'hidden'> = { BoundingBox: 'boundingBox', Tags: 'tags', Hidden: 'hidden' };

const SUBTYPE = { inlineControl: 'RichTextInline', blockControl: 'RichTextParagraphs', row: 'RichTextTableRow', cell: 'RichTextTableCell' } as const;

/** delete(false) of a row-level control removes the row; of a cell-level control, the cell's content. */
export function deleteRowOrCell(host: HostState, c: ControlledRow | ControlledCell): void {
  const loc = host.index().locs.get(c);
  if (!loc) throw errors.itemNotFound('content control is no longer in the document');
  assertEditable(host, loc.parent as never);
  host.changes.controlsDeleted.add(c);
  if ('cells' in c) {
    loc.list.splice(loc.list.indexOf(c), 1);
    host.touch();
    markChanged(host, loc.parent as never);
  } else {
    clearAt(host, whole(c));
    delete (c as { cc?: unknown }).cc;
    host.touch();
  }
}

const setCc =
  <K extends keyof Control['cc']>(key: K, from: (v: never) => Control['cc'][K]) =>
  (c: Control, v: never) => {
    c.cc[key] = from(v);
  };
/** Content-control properties over `w:sdtPr` (ContentControlProps in the model). */
export const CC_PROPS = {
  id: { get: (c: Control) => c.cc.sdtId ?? 0 },
  tag: { get: (c: Control) => c.cc.tag ?? '', set: setCc('tag', (v: string) => v) },
  title: { get: (c: Control) => c.cc.title ?? '', set: setCc('title', (v: string) => v) },
  text: { get: (c: Control) => apiText(nodeText(c)) },
  type: { get: () => 'RichText' },
  subtype: { get: (c: Control) => SUBTYPE['kind' in c ? c.kind : 'cells' in c ? 'row' : 'cell'] },
  appearance: {
    get: (c: Control) => APPEARANCE_TO_API[c.cc.appearance ?? 'boundingBox'],
    set: setCc('appearance', (v: string) => {
      const a = APPEARANCE_FROM_API[v];
      if (!a) throw errors.invalidArgument(`appearance '${v}'`);
      return a;
    }),
  },
  color: {
    get: (c: Control) => (c.cc.color ? `#${c.cc.color.toUpperCase()}` : '#000000'),
    set: setCc('color', (v: string) => colorToHex(v)),
  },
  cannotEdit: { get: (c: Control) => c.cc.cannotEdit ?? false, set: setCc('cannotEdit', (v: boolean) => v) },
  cannotDelete: { get: (c: Control) => c.cc.cannotDelete ?? false, set: setCc('cannotDelete', (v: boolean) => v) },
  placeholderText: { get: (c: Control) => c.cc.placeholderText ?? '', set: setCc('placeholderText', (v: string) => v) },
};
