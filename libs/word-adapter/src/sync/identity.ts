import * as z from 'zod';

/** The custom XML part's root namespace: one part per document, found by it. */
export const IDENTITY_NAMESPACE = 'urn:cds:plan-identity';

/**
 * Which plan a document is: the server's plan, round and agency, and the revision
 * this copy was last synced as (its base for the next sync). Kept in a custom XML
 * part, which travels with every copy of the file; `document.settings` would not be
 * in getFileAsync's output until the user saves (OfficeDev/office-js #6434).
 */
export const PlanIdentitySchema = z.object({
  planId: z.number().int().positive(),
  roundId: z.number().int().positive(),
  agencyId: z.number().int().positive(),
  agencyCode: z.string().min(1).max(50),
  agencyName: z.string().max(300),
  lastSyncedRevision: z.number().int().min(0),
});
export type PlanIdentity = z.infer<typeof PlanIdentitySchema>;

/** Where the open document keeps its identity (the custom XML part in Word; a fake in tests). */
export interface IdentityStore {
  read(): Promise<PlanIdentity | null>;
  write(identity: PlanIdentity): Promise<void>;
}

const FIELDS = ['planId', 'roundId', 'agencyId', 'agencyCode', 'agencyName', 'lastSyncedRevision'] as const;
const NUMERIC = new Set<string>(['planId', 'roundId', 'agencyId', 'lastSyncedRevision']);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (m, name: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? m),
  );

/** `<planIdentity xmlns="urn:cds:plan-identity" version="1" planId="…" …/>` */
export function serializeIdentityXml(identity: PlanIdentity): string {
  const i = PlanIdentitySchema.parse(identity);
  const attrs = FIELDS.map((f) => `${f}="${escape(String(i[f]))}"`).join(' ');
  return `<planIdentity xmlns="${IDENTITY_NAMESPACE}" version="1" ${attrs}/>`;
}

/**
 * Reads the part back; null when it is not ours or not valid. Attributes are read
 * in either quote style, after an optional XML declaration, since Word may rewrite
 * the part's prolog when it saves the file.
 */
export function parseIdentityXml(xml: string): PlanIdentity | null {
  const root = /<(?:\w+:)?planIdentity\b([^>]*)\/?>/.exec(xml);
  if (!root || !root[1]!.includes(IDENTITY_NAMESPACE)) return null;
  const raw: Record<string, string | number> = {};
  for (const m of root[1]!.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!;
    if (!(FIELDS as readonly string[]).includes(name)) continue;
    const value = unescape(m[2] ?? m[3] ?? '');
    raw[name] = NUMERIC.has(name) ? Number(value) : value;
  }
  const parsed = PlanIdentitySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The same plan: plan, round and agency agree (the revision may differ between copies). */
export const samePlan = (a: PlanIdentity, b: PlanIdentity) => a.planId === b.planId && a.roundId === b.roundId && a.agencyId === b.agencyId;
