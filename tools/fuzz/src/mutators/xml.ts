import { editPart, type Entry } from '../package.js';
import type { Rng } from '../rng.js';
import type { Mutator } from './types.js';

/** A random XML part, the main document more often than not. */
function xmlPart(rng: Rng, es: Entry[]): string | null {
  const xml = es.filter((e) => /\.(xml|rels)$/i.test(e.name)).map((e) => e.name);
  if (!xml.length) return null;
  return rng.chance(0.6) && xml.includes('word/document.xml') ? 'word/document.xml' : rng.pick(xml);
}

/** Index of a random `<` in the text (or its end). */
const someTag = (rng: Rng, s: string): number => {
  for (let tries = 0; tries < 20; tries++) {
    const at = s.indexOf('<', rng.int(s.length));
    if (at >= 0) return at;
  }
  return s.length;
};

const onPart = (name: string, edit: (rng: Rng, xml: string) => string, expect?: 'refused'): Mutator => ({
  cls: 'xml',
  name,
  ...(expect ? { expect } : {}),
  entries: (rng, es) => {
    const part = xmlPart(rng, es);
    return part ? editPart(es, part, (x) => edit(rng, x)) : null;
  },
});

/** Syntax-level damage to one XML part. */
export const xmlMutators: Mutator[] = [
  onPart('truncate', (rng, x) => x.slice(0, rng.int(x.length))),
  onPart('swap-tags', (rng, x) => {
    const a = someTag(rng, x);
    const b = someTag(rng, x);
    const ta = /^<\/?([\w:.-]+)/.exec(x.slice(a))?.[1];
    const tb = /^<\/?([\w:.-]+)/.exec(x.slice(b))?.[1];
    if (!ta || !tb) return x;
    return x.slice(0, a) + x.slice(a).replace(ta, tb);
  }),
  onPart('drop-tag', (rng, x) => {
    const a = someTag(rng, x);
    const end = x.indexOf('>', a);
    return end < 0 ? x : x.slice(0, a) + x.slice(end + 1);
  }),
  onPart('deep-nesting', (rng, x) => {
    const depth = rng.pick([100, 500, 513, 2000, 20000]);
    const el = rng.pick(['w:sdt', 'w:customXml', 'w:tbl', 'w:ins', 'w:hyperlink', 'x']);
    const at = x.indexOf('<w:p>') >= 0 ? x.indexOf('<w:p>') : someTag(rng, x);
    return x.slice(0, at) + `<${el}>`.repeat(depth) + `</${el}>`.repeat(depth) + x.slice(at);
  }),
  onPart('entity-refs', (rng, x) => {
    const refs = rng.pick(['&lol;', '&#0;', '&#xD800;', '&#x110000;', '&#99999999999999999999;', '&amp;amp;', '&', '&#x;', '&#xFFFE;', '&#12345678;']);
    const at = x.indexOf('</w:t>');
    return at < 0 ? x + refs : x.slice(0, at) + refs.repeat(rng.range(1, 2000)) + x.slice(at);
  }),
  onPart(
    'doctype',
    (rng, x) => {
      const decl = rng.pick(['<!DOCTYPE x [<!ENTITY a "b">]>', '<!doctype html>', '<!ENTITY x "y">', '<!DOCTYPE w:document SYSTEM "http://127.0.0.1/x.dtd">']);
      const head = x.startsWith('<?xml') ? x.indexOf('?>') + 2 : 0;
      return rng.chance(0.7) ? x.slice(0, head) + decl + x.slice(head) : x.slice(0, someTag(rng, x)) + decl + x.slice(someTag(rng, x));
    },
    'refused',
  ),
  {
    // The same DOCTYPE in a part written in UTF-16 (with or without BOM, either byte order): must be refused too.
    cls: 'xml',
    name: 'utf16-doctype',
    expect: 'refused',
    entries: (rng, es) => {
      const part = xmlPart(rng, es);
      if (!part) return null;
      const be = rng.chance(0.5);
      const bom = rng.chance(0.5);
      return es.map((e) => {
        if (e.name !== part) return e;
        const xml = `<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e "x">]>${new TextDecoder().decode(e.data).replace(/^\ufeff?<\?xml[^>]*>/, '')}`;
        return { ...e, data: utf16((bom ? '\ufeff' : '') + xml, be) };
      });
    },
  },
  onPart('junk-chars', (rng, x) => {
    const at = rng.int(x.length);
    const junk = Array.from({ length: rng.range(1, 50) }, () =>
      String.fromCharCode(rng.pick([0, 1, 0xb, 0xd800, 0xdfff, 0xfffe, 0x3c, 0x3e, 0x26, 0x22, rng.int(0x10000)])),
    ).join('');
    return x.slice(0, at) + junk + x.slice(at);
  }),
  onPart('huge-attribute', (rng, x) => {
    const at = x.indexOf('<w:p') >= 0 ? x.indexOf('<w:p') + 4 : someTag(rng, x) + 2;
    return x.slice(0, at) + ` w:fuzz="${'v'.repeat(rng.pick([1000, 100000, 2000000]))}"` + x.slice(at);
  }),
  onPart('many-attributes', (rng, x) => {
    const at = x.indexOf('<w:p') >= 0 ? x.indexOf('<w:p') + 4 : someTag(rng, x) + 2;
    return x.slice(0, at) + Array.from({ length: rng.pick([100, 10000]) }, (_, k) => ` a${k}="${k}"`).join('') + x.slice(at);
  }),
  onPart('cdata-comment-pi', (rng, x) => {
    const bit = rng.pick(['<![CDATA[<w:p>]]>', '<!-- <w:p> -->', '<?pi x?>', '<![CDATA[', '<!--', '<?x']);
    const at = someTag(rng, x);
    return x.slice(0, at) + bit + x.slice(at);
  }),
  onPart('prefix-rebind', (rng, x) => {
    void rng;
    return x.replace(/xmlns:w="/, 'xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="urn:fuzz:');
  }),
];

function utf16(s: string, be: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (be ? 1 : 0)] = c & 0xff;
    out[2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}
