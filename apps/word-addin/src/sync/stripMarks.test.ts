/** The add-in's marks taken out of a picked file's bytes (the file-picker path of the submission). */
import { docxText, docxToFlatOpc, flatOpcToDocx, readDocx, writeDocx } from '@cds/docx';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { markFindings, validateDocument } from '@cds/word-adapter';
import { createWordHost } from '@cds/word-host';
import { describe, expect, it } from 'vitest';
import { ADDIN_HIGHLIGHTS, stripAddinMarks } from './stripMarks.js';

/** A plan's .docx whose first run properties carry these elements (as Word would save them). */
function docxWith(runProps: string): Uint8Array {
  const flat = docxToFlatOpc(writeDocx(buildCleanPlanModel({ form: 'structured' })));
  const at = flat.indexOf('<w:rPr>', flat.indexOf('pkg:name="/word/document.xml"'));
  expect(at).toBeGreaterThan(0);
  const cut = at + '<w:rPr>'.length;
  return flatOpcToDocx(flat.slice(0, cut) + runProps + flat.slice(cut));
}
const documentXml = (b: Uint8Array) => {
  const flat = docxToFlatOpc(b);
  const start = flat.indexOf('pkg:name="/word/document.xml"');
  return flat.slice(start, flat.indexOf('</pkg:part>', start));
};

describe('stripAddinMarks', () => {
  it('knows the colours markFindings really writes as highlights', async () => {
    const host = createWordHost({
      preset: 'office2019',
      document: buildCleanPlanModel({
        form: 'structured',
        mutations: [
          { kind: 'placeholder', section: 'P2.V' },
          { kind: 'unquantifiedTarget', row: 1 },
        ],
      }),
    });
    const uninstall = host.install();
    try {
      const v = await validateDocument();
      const r = await markFindings(v.findings, { mode: 'highlight' });
      expect(r.marked).toBeGreaterThan(0);
      const written = [...JSON.stringify(host.document).matchAll(/"highlight":"#?([0-9A-Fa-f]{6})"/g)].map((m) => m[1]!.toUpperCase());
      expect(written.length).toBeGreaterThan(0);
      for (const c of written) expect(ADDIN_HIGHLIGHTS).toContain(c);
    } finally {
      uninstall();
    }
  });

  it('removes run shading and highlights in the add-in’s colours, keeps the user’s own highlight, the text and the identity', () => {
    const marked = docxWith('<w:shd w:val="clear" w:color="auto" w:fill="FFC7CE"/><w:highlight w:val="yellow"/><w:highlight w:val="#DDEBF7"/>');
    expect(documentXml(marked)).toContain('FFC7CE');
    const out = stripAddinMarks(marked);
    const xml = documentXml(out);
    for (const c of ADDIN_HIGHLIGHTS) expect(xml.toUpperCase()).not.toContain(c);
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    expect(docxText(readDocx(out))).toEqual(docxText(readDocx(marked)));
    expect(readDocx(out).customParts).toEqual(readDocx(marked).customParts);
  });

  it('returns a file without marks as it is (same bytes, same SHA-256)', () => {
    const clean = docxWith('<w:highlight w:val="yellow"/>');
    expect(stripAddinMarks(clean)).toBe(clean);
  });
});
