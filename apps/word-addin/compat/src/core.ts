/**
 * The core as the compatibility pane uses it: the same `analyze()` the server and
 * the full pane run, the .docx reader and writer (flat OPC for `insertOoxml`).
 */
export { analyze } from '@cds/rules';
export { readDocx, readFlatOpc, writeFlatOpc, writeDocx } from '@cds/docx';
