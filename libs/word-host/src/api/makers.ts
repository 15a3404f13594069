import type { Control } from '../doc/tree.js';
import type { DocumentModel, Paragraph, Table, TableCell } from '@cds/model';
import type { HostContext } from '../runtime/context.js';
import type { BodyImpl } from './body.js';
import type { ContentControlImpl } from './content-control.js';
import type { ParagraphImpl } from './paragraph.js';
import type { RangeImpl } from './range.js';
import type { RangeTarget } from './range-target.js';
import type { TableImpl } from './table.js';

type Path<T> = () => T | null;

/**
 * Constructors of the range-like classes, registered by their own modules. The shared
 * base class (range-like.ts) builds results through them, so it does not import the
 * classes that extend it (an import cycle through `extends` fails at load time).
 */
export const make = {} as {
  body: (ctx: HostContext, path: Path<DocumentModel | TableCell>, nullable?: boolean) => BodyImpl;
  range: (ctx: HostContext, path: Path<RangeTarget>, nullable?: boolean) => RangeImpl;
  paragraph: (ctx: HostContext, path: Path<Paragraph>, nullable?: boolean) => ParagraphImpl;
  contentControl: (ctx: HostContext, path: Path<Control>, nullable?: boolean) => ContentControlImpl;
  table: (ctx: HostContext, path: Path<Table>, nullable?: boolean) => TableImpl;
};
