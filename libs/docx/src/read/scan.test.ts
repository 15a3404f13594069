import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scanXml, XmlSyntaxError } from './scan.js';
import { partText, root } from './xml.js';
import { corpusDir } from '@cds/test-support';

const CORPUS = corpusDir();
const fxp = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  jPath: false,
  maxNestedTags: 512,
});
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.docx') ? [join(dir, e.name)] : []));

describe('scanXml', () => {
  it('gives exactly fast-xml-parser’s preserveOrder tree for every XML part of the corpus', () => {
    let parts = 0;
    for (const f of walk(CORPUS)) {
      for (const [name, bytes] of Object.entries(unzipSync(readFileSync(f)))) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        const xml = partText(bytes);
        expect(root(scanXml(xml)), `${f} ${name}`).toEqual(root(fxp.parse(xml)));
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(300);
  });

  it('matches fast-xml-parser on comments, CDATA, whitespace, quotes and escapes', () => {
    const xml =
      '<?xml version="1.0"?>\n<a x="1" y=\'2\'>\n  <b/> t1 <!-- c --> t2 <c z="&amp;"></c><![CDATA[a&b<]]><d   q = "3" /><w:t xml:space="preserve"> &lt;x&gt; </w:t></a>\n';
    expect(scanXml(xml)).toEqual(fxp.parse(xml));
  });

  it('rejects what is not well-formed', () => {
    for (const bad of [
      '<a><b></a>',
      '<a>',
      '<a x="1></a>',
      '<a x=1></a>',
      '<a x></a>',
      '<a><!-- x</a>',
      '<a/ >',
      '<!DOCTYPE a><a/>',
      '</a>',
      '<a><![CDATA[x</a>',
    ])
      expect(() => scanXml(bad), bad).toThrow(XmlSyntaxError);
  });

  it('bounds nesting depth and ignores prototype-polluting attribute names', () => {
    expect(() => scanXml('<a>'.repeat(600) + '</a>'.repeat(600))).toThrow(XmlSyntaxError);
    const [node] = scanXml('<a __proto__="x" constructor="y" ok="1"/>');
    expect(node![':@']).toEqual({ ok: '1' });
    expect(Object.getPrototypeOf(node![':@'])).toBe(Object.prototype);
  });
});
