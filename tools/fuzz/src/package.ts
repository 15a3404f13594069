import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import { craftZip } from '@cds/docx/testing/zipcraft';

/** One zip entry as the mutators see it; `declaredSize` lets a mutator make the headers lie. */
export interface Entry {
  name: string;
  data: Uint8Array;
  declaredSize?: number;
  stored?: boolean;
}

/** A .docx as an ordered list of entries (names may repeat once mutated). */
export function unpack(bytes: Uint8Array): Entry[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));
}

/** Zips entries again, deflated unless `stored`; sizes as declared (the truth unless a mutator lied). */
export function pack(entries: Entry[]): Uint8Array {
  return craftZip(
    entries.map((e) => {
      const data = e.stored ? e.data : deflateSync(e.data, { level: 1 });
      return { name: e.name, data, method: e.stored ? 0 : 8, declaredSize: e.declaredSize ?? e.data.length };
    }),
  );
}

export const text = (e: Entry): string => strFromU8(e.data);
export const bytesOf = (s: string): Uint8Array => strToU8(s);

/** The entry with this name, if any. */
export function entry(entries: Entry[], name: string): Entry | undefined {
  return entries.find((e) => e.name === name);
}

/** Rewrites one part's text (a no-op when the part is absent). */
export function editPart(entries: Entry[], name: string, edit: (xml: string) => string): Entry[] {
  return entries.map((e) => (e.name === name ? { ...e, data: strToU8(edit(strFromU8(e.data))) } : e));
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Makes sure word/numbering.xml exists and is related from the document; returns the entries. */
export function withNumbering(entries: Entry[]): Entry[] {
  if (entry(entries, 'word/numbering.xml')) return entries;
  const out = [...entries, { name: 'word/numbering.xml', data: strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}></w:numbering>`) }];
  const rels = 'word/_rels/document.xml.rels';
  const link = `<Relationship Id="rIdFuzzNum" Type="${REL}/numbering" Target="numbering.xml"/>`;
  if (!entry(out, rels))
    out.push({
      name: rels,
      data: strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${link}</Relationships>`),
    });
  return editPart(out, rels, (x) => x.replace('</Relationships>', `${link}</Relationships>`));
}
