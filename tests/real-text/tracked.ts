import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Adds unaccepted tracked changes to a .docx the way Word stores them: runs wrapped
 * in `w:ins`, and deleted text kept in `w:del` / `w:delText`, in body paragraphs.
 */
export function withTrackedChanges(docx: Uint8Array, changes: { insertions: number; deletions: number }): Uint8Array {
  const files = unzipSync(docx);
  let xml = strFromU8(files['word/document.xml']!);
  const date = '2026-03-05T09:00:00Z';
  let id = 900;
  // Runs inside body paragraphs, from the middle of the document on (past the title block).
  const at = (from: number) => xml.indexOf('<w:r>', from);
  let pos = Math.floor(xml.length / 3);
  for (let i = 0; i < changes.insertions; i++) {
    const start = at(pos);
    const end = xml.indexOf('</w:r>', start) + '</w:r>'.length;
    xml = `${xml.slice(0, start)}<w:ins w:id="${id++}" w:author="Chuyên viên" w:date="${date}">${xml.slice(start, end)}</w:ins>${xml.slice(end)}`;
    pos = end + 60;
  }
  for (let i = 0; i < changes.deletions; i++) {
    const start = at(pos);
    const del = `<w:del w:id="${id++}" w:author="Chuyên viên" w:date="${date}"><w:r><w:delText xml:space="preserve">nội dung cũ </w:delText></w:r></w:del>`;
    xml = `${xml.slice(0, start)}${del}${xml.slice(start)}`;
    pos = start + del.length + 60;
  }
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}
