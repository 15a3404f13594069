import { docxToFlatOpc, flatOpcToDocx } from '@cds/docx';
import { MARK_HIGHLIGHTS } from '@cds/word-adapter';

/**
 * The add-in's highlight colours (@cds/word-adapter MARK_HIGHLIGHTS: error, warning, info),
 * as Word writes them in a saved file: run shading `<w:shd w:fill="FFC7CE"/>` (a colour
 * outside Word's highlight palette) or `<w:highlight w:val="FFC7CE"/>`. The test checks
 * them against what `markFindings` really writes.
 */
export const ADDIN_HIGHLIGHTS = Object.values(MARK_HIGHLIGHTS).map((c) => c.replace('#', ''));

const RUN_PROPS = /<w:rPr\b[^>]*>[\s\S]*?<\/w:rPr>/g;
const MARK = new RegExp(`<w:(?:shd|highlight)\\b[^>]*\\bw:(?:fill|val)="#?(?:${ADDIN_HIGHLIGHTS.join('|')})"[^>]*/>`, 'gi');

/**
 * Takes the add-in's highlight marks out of a .docx's bytes (the file the user saved
 * with the marks on and picked when Word would not give the file): only run properties
 * in the add-in's three colours are removed; the user's own highlights, table shading,
 * text and the plan's identity part stay. A file without marks is returned as it is
 * (the same bytes, so its SHA-256 is unchanged).
 */
export function stripAddinMarks(bytes: Uint8Array): Uint8Array {
  const flat = docxToFlatOpc(bytes);
  let found = false;
  const out = flat.replace(RUN_PROPS, (rPr) =>
    rPr.replace(MARK, () => {
      found = true;
      return '';
    }),
  );
  return found ? flatOpcToDocx(out) : bytes;
}
