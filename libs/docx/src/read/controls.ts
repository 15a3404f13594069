import type { ContentControlProps } from '@cds/model';
import type { ReadContext } from './context.js';
import { attr, child, childVal, onOff, type XNode } from './xml.js';

const APPEARANCES = new Set(['boundingBox', 'tags', 'hidden']);

/** `w:sdtPr` to content-control properties; only what the part states is set. */
export function readSdtPr(pr: XNode | undefined, ctx: ReadContext): ContentControlProps {
  const cc: ContentControlProps = {};
  if (!pr) return cc;
  const tagVal = childVal(pr, 'w:tag');
  if (tagVal !== undefined) cc.tag = tagVal;
  const alias = childVal(pr, 'w:alias');
  if (alias !== undefined) cc.title = alias;
  const id = childVal(pr, 'w:id');
  if (id !== undefined && /^-?\d+$/.test(id)) cc.sdtId = Number(id);
  const lock = childVal(pr, 'w:lock');
  if (lock === 'sdtLocked' || lock === 'sdtContentLocked') cc.cannotDelete = true;
  if (lock === 'contentLocked' || lock === 'sdtContentLocked') cc.cannotEdit = true;
  const ap = child(pr, 'w15:appearance');
  const appearance = attr(ap, 'w15:val') ?? attr(ap, 'w:val'); // Word writes w15:val
  if (appearance && APPEARANCES.has(appearance)) cc.appearance = appearance as ContentControlProps['appearance'];
  const color = childVal(pr, 'w15:color');
  if (color) cc.color = color.toUpperCase();
  if (onOff(child(pr, 'w:showingPlcHdr'))) cc.showingPlaceholder = true;
  const docPart = childVal(child(pr, 'w:placeholder'), 'w:docPart');
  if (docPart) {
    const text = ctx.placeholder(docPart);
    if (text !== undefined) cc.placeholderText = text;
  }
  return cc;
}
