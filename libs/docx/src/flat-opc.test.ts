/** Flat OPC (`pkg:package`) ⇄ .docx, as Word's insertOoxml/getOoxml exchange it. */
import type { DocumentModel } from '@cds/model';
import { describe, expect, it } from 'vitest';
import { DocxError } from './errors.js';
import { docxToFlatOpc, flatOpcToDocx, readFlatOpc, writeFlatOpc } from './flat-opc.js';
import { readDocx } from './read/read.js';
import { writeDocx } from './write/write.js';

const model = (): DocumentModel => ({
  body: [
    {
      kind: 'blockControl',
      id: 'b0',
      cc: { tag: 'cds:section:P2.I', title: 'Căn cứ' },
      children: [
        { kind: 'paragraph', id: 'p', styleId: 'Heading1', inlines: [{ kind: 'run', text: 'I. CĂN CỨ', props: { bold: true } }] },
        {
          kind: 'paragraph',
          id: 'q',
          numbering: { numId: '1', level: 0, label: '1.', format: 'decimal' },
          inlines: [
            { kind: 'run', text: 'Nghị quyết ' },
            { kind: 'inlineControl', id: 'i', cc: { tag: 'cds:indicator:x' }, children: [{ kind: 'run', text: '57-NQ/TW' }] },
          ],
        },
      ],
    },
    { kind: 'table', id: 't', rows: [{ id: 'r', cells: [{ id: 'c', blocks: [{ kind: 'paragraph', id: 'cp', inlines: [{ kind: 'run', text: 'ô' }] }] }] }] },
  ],
  sections: [{ widthMm: 210, heightMm: 297, orientation: 'portrait', margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } }],
  defaults: {},
});

describe('flat OPC', () => {
  it('is one pkg:package with the package rels first and every part inline', () => {
    const xml = writeFlatOpc(model());
    expect(xml.startsWith('<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/_rels/.rels"')).toBe(true);
    expect(xml).toContain(
      'pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document',
    );
    expect(xml).not.toContain('<?xml');
  });

  it('reads back what the writer wrote: controls with tags, numbering, formatting, tables', () => {
    const direct = readDocx(writeDocx(model()));
    expect(readFlatOpc(writeFlatOpc(model())).body).toEqual(direct.body);
  });

  it('round-trips a .docx: flat → zip gives the same parts', () => {
    const bytes = writeDocx(model());
    expect(readDocx(flatOpcToDocx(docxToFlatOpc(bytes)))).toEqual(readDocx(bytes));
  });

  it("accepts the minimal package of Microsoft's insertOoxml samples (rels and document only, another prefix)", () => {
    const xml = `<x:package xmlns:x="http://schemas.microsoft.com/office/2006/xmlPackage">
      <x:part x:name="/_rels/.rels" x:contentType="application/vnd.openxmlformats-package.relationships+xml"><x:xmlData>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
      </x:xmlData></x:part>
      <x:part x:name="/word/document.xml" x:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><x:xmlData>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Đậm</w:t></w:r></w:p></w:body></w:document>
      </x:xmlData></x:part></x:package>`;
    expect(readFlatOpc(xml).body).toMatchObject([{ kind: 'paragraph', inlines: [{ text: 'Đậm', props: { bold: true } }] }]);
  });

  it('refuses text that is no package', () => {
    expect(() => flatOpcToDocx('<w:document/>')).toThrow(DocxError);
  });
});
