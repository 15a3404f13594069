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
 * Read with a small scanner (no DTD, no entities beyond the five XML ones), since
 * the domain libraries do no XML parsing of their own.
 */
const IGNORE = /<ignore\b([^>]*?)(?:\/>|>([\s\S]*?)<\/ignore>)/g;
const ATTR = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The valid <ignore> entries of an ignores part; malformed ones are dropped. */
export function parseIgnoresXml(xml: string): Ignore[] {
  const out: Ignore[] = [];
  for (const m of xml.matchAll(IGNORE)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(ATTR)) attrs[a[1]!] = unescape(a[2]!);
    const reason = unescape((m[2] ?? attrs.reason ?? '').trim());
    const r = IgnoreSchema.safeParse({
      rule: attrs.rule,
      section: attrs.section || null,
      blockId: attrs.blockId || null,
      reason,
      ...(attrs.by ? { by: attrs.by } : {}),
      ...(attrs.at ? { at: attrs.at } : {}),
    });
    if (r.success) out.push(r.data);
  }
  return out;
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
