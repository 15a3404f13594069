/**
 * `@cds/docx`: read a .docx into the document model, write the model back to a
 * .docx, and render its text the way `cli text` prints it.
 */
export { readDocx, type ReadDocxOptions } from './read/read.js';
export { writeDocx } from './write/write.js';
export { docxText } from './text.js';
export { DocxError, isDocxError, type DocxErrorCode } from './errors.js';
export { DOCX_LIMITS, type DocxLimits } from './limits.js';
export type { XmlParser, XNode } from './read/xml.js';
export { docxToFlatOpc, flatOpcToDocx, readFlatOpc, writeFlatOpc } from './flat-opc.js';
