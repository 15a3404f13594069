import type { ContentControlProps } from '@cds/model';
import type { WriteContext } from './context.js';
import { val } from './xml.js';

/**
 * `w:sdtPr` the way Word writes it: alias, tag, id, lock, placeholder,
 * showingPlcHdr, then the Word 2013 extensions (w15:color, w15:appearance).
 */
export function sdtPr(cc: ContentControlProps, ctx: WriteContext): string {
  let s = val('w:alias', cc.title) + val('w:tag', cc.tag) + val('w:id', cc.sdtId ?? ctx.nextSdtId());
  const lock = cc.cannotDelete && cc.cannotEdit ? 'sdtContentLocked' : cc.cannotDelete ? 'sdtLocked' : cc.cannotEdit ? 'contentLocked' : undefined;
  s += val('w:lock', lock);
  if (cc.placeholderText !== undefined) s += `<w:placeholder>${val('w:docPart', ctx.placeholder(cc.placeholderText))}</w:placeholder>`;
  if (cc.showingPlaceholder) s += '<w:showingPlcHdr/>';
  s += val('w15:color', cc.color) + val('w15:appearance', cc.appearance, 'w15:val');
  return `<w:sdtPr>${s}</w:sdtPr>`;
}
