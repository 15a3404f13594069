import { SaxesParser } from 'saxes';
import { IgnoreSchema } from './schema.js';
import type { Ignore } from './schema.js';

/**
 * The custom-XML form of the ignores, for hosts that keep them in a custom XML
 * part (namespace `urn:cds:ignores`) rather than in document settings:
 *
 *   <ignores xmlns="urn:cds:ignores">
 *     <ignore rule="…" section="P2.II.2" blockId="b12.r3" by="…" at="…">reason</ignore>
 *   </ignores>
 *
 * Read with a real XML parser (saxes: pure JS, streaming, well-formedness checked),
 * with a DOCTYPE refused (no entity beyond the five XML ones can be defined) and the
 * part's size and element count bounded, so a hostile part costs linear time at most.
 */

/** Largest ignores part read (an honest one holds a few hundred entries of ~200 bytes). */
export const MAX_IGNORES_XML_CHARS = 1_000_000;
/** Most elements read; past this the rest of the part is dropped. */
export const MAX_IGNORES_ELEMENTS = 10_000;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Ends parsing early without an error: the entries read so far are kept. */
class Stop extends Error {}

/** The valid <ignore> entries of an ignores part; malformed ones (and all after a well-formedness error) are dropped. */
export function parseIgnoresXml(xml: string): Ignore[] {
  if (xml.length > MAX_IGNORES_XML_CHARS) return [];
  const out: Ignore[] = [];
  const parser = new SaxesParser({ xmlns: true, position: false });
  let elements = 0;
  let current: { attrs: Record<string, string>; text: string } | null = null;
  // saxes reports a mismatched end tag only after its closetag event: an entry is kept
  // once the parser has moved past it without an error.
  let pending: Ignore | null = null;
  const commit = () => {
    if (pending) out.push(pending);
    pending = null;
  };
  parser.on('error', () => {
    throw new Stop('malformed');
  });
  parser.on('doctype', () => {
    throw new Stop('doctype');
  });
  parser.on('opentag', (tag) => {
    commit();
    if (++elements > MAX_IGNORES_ELEMENTS) throw new Stop('too many elements');
    if (!isIgnore(tag)) return;
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (!a.prefix) attrs[a.local] = a.value;
    current = { attrs, text: '' };
  });
  parser.on('text', (t) => {
    if (current) current.text += t;
  });
  parser.on('cdata', (t) => {
    if (current) current.text += t;
  });
  parser.on('closetag', (tag) => {
    commit();
    if (!isIgnore(tag) || !current) return;
    pending = toIgnore(current.attrs, current.text);
    current = null;
  });
  try {
    parser.write(xml).close();
    commit();
  } catch (e) {
    // A DOCTYPE refuses the whole part; a well-formedness error or the element bound keeps what came before.
    if (e instanceof Stop && e.message === 'doctype') return [];
  }
  return out;
}

/** <ignore> in our namespace (or in none, as hand-written parts have it). */
const isIgnore = (tag: { local: string; uri: string }): boolean => tag.local === 'ignore' && (tag.uri === IGNORES_NAMESPACE || tag.uri === '');
const IGNORES_NAMESPACE = 'urn:cds:ignores';

function toIgnore(attrs: Record<string, string>, text: string): Ignore | null {
  const r = IgnoreSchema.safeParse({
    rule: attrs.rule,
    section: attrs.section || null,
    blockId: attrs.blockId || null,
    reason: (text.trim() || attrs.reason || '').trim(),
    ...(attrs.by ? { by: attrs.by } : {}),
    ...(attrs.at ? { at: attrs.at } : {}),
  });
  return r.success ? r.data : null;
}

/** The ignores as a custom XML part. */
export function serializeIgnoresXml(ignores: readonly Ignore[]): string {
  const items = ignores.map((i) => {
    const attrs = [`rule="${escape(i.rule)}"`];
    if (i.section) attrs.push(`section="${escape(i.section)}"`);
    if (i.blockId) attrs.push(`blockId="${escape(i.blockId)}"`);
    if (i.by) attrs.push(`by="${escape(i.by)}"`);
    if (i.at) attrs.push(`at="${escape(i.at)}"`);
    return `<ignore ${attrs.join(' ')}>${escape(i.reason)}</ignore>`;
  });
  return `<ignores xmlns="urn:cds:ignores">${items.join('')}</ignores>`;
}
