import type { DocumentModel } from '@cds/model';

/** A blank A4 portrait document with one empty paragraph. */
export function emptyDocument(): DocumentModel {
  return {
    body: [{ kind: 'paragraph', id: 'p0', inlines: [] }],
    sections: [{ widthMm: 210, heightMm: 297, orientation: 'portrait', margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } }],
    defaults: { font: 'Times New Roman', sizePt: 14 },
  };
}
