import { paragraphs, displayText } from '@cds/model';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../index.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const pkg = (document: string): Uint8Array =>
  zipSync({
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  });
const text = (bytes: Uint8Array): string[] => [...paragraphs(readDocx(bytes).body)].map((c) => displayText(c.paragraph));

describe('namespace prefixes other generators use', () => {
  it('reads documents binding WordprocessingML to another prefix', () => {
    const doc = `<ns0:document xmlns:ns0="${W}"><ns0:body><ns0:p><ns0:pPr><ns0:jc ns0:val="center"/></ns0:pPr><ns0:r><ns0:t>Xin chào</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`;
    expect(text(pkg(doc))).toEqual(['Xin chào']);
    expect(readDocx(pkg(doc)).body[0]).toMatchObject({ props: { alignment: 'center' } });
  });

  it('reads documents using WordprocessingML as the default namespace', () => {
    const doc = `<document xmlns="${W}" xmlns:x="${W}"><body><p><r><t>Mặc định</t></r><r><tab/><t>tab</t></r></p></body></document>`;
    expect(text(pkg(doc))).toEqual(['Mặc định\ttab']);
  });

  it('reads strict OOXML namespaces written with the usual prefixes', () => {
    const doc = '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>Strict</w:t></w:r></w:p></w:body></w:document>';
    expect(text(pkg(doc))).toEqual(['Strict']);
  });
});
