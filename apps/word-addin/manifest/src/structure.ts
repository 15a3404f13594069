import { XMLParser } from 'fast-xml-parser';

/**
 * The checks of the OfficeApp schema that can be made offline (Microsoft's
 * validator, `office-addin-manifest validate`, posts the file to an online service).
 * Returns the problems found; empty when the manifest passes.
 */

/** Children of a TaskPaneApp OfficeApp, in the order the schema's xs:sequence requires. */
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings', 'Permissions'];

type Node = Record<string, unknown>;

export function manifestProblems(xml: string): string[] {
  const problems: string[] = [];
  const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true, attributeNamePrefix: '@' }).parse(xml) as Node[];
  const root = ordered.find((n) => 'OfficeApp' in n);
  if (!root) return ['no OfficeApp root element'];
  const rootAttrs = (root[':@'] ?? {}) as Record<string, string>;
  if (rootAttrs['@xsi:type'] !== 'TaskPaneApp') problems.push('OfficeApp must be xsi:type="TaskPaneApp"');
  if (rootAttrs['@xmlns'] !== 'http://schemas.microsoft.com/office/appforoffice/1.1') problems.push('OfficeApp namespace must be appforoffice/1.1');
  const children = (root.OfficeApp as Node[]).map((n) => Object.keys(n).find((k) => k !== ':@' && k !== '#comment')).filter((k): k is string => !!k);
  for (const r of REQUIRED) if (!children.includes(r)) problems.push(`missing required element ${r}`);
  const unknown = children.filter((c) => !OFFICE_APP_ORDER.includes(c));
  if (unknown.length) problems.push(`unknown elements: ${unknown.join(', ')}`);
  const idx = children.filter((c) => OFFICE_APP_ORDER.includes(c)).map((c) => OFFICE_APP_ORDER.indexOf(c));
  if (idx.some((v, i) => i > 0 && v <= idx[i - 1]!)) problems.push(`elements out of schema order: ${children.join(', ')}`);

  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['Set', 'Host', 'bt:Image', 'bt:Url', 'bt:String', 'Control', 'Group', 'AppDomain'].includes(name),
  }).parse(xml) as {
    OfficeApp: Node & { Id: string; Version: string; VersionOverrides?: Node };
  };
  const app = doc.OfficeApp;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(app.Id))) problems.push('Id must be a GUID');
  if (!/^\d+(\.\d+){0,3}$/.test(String(app.Version))) problems.push('Version must be n.n.n.n');
  const permissions = String(app.Permissions);
  if (!['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'].includes(permissions))
    problems.push(`unknown Permissions ${permissions}`);
  // Every URL Office will fetch must be https (Office refuses http outside localhost dev tooling).
  for (const m of xml.matchAll(/DefaultValue="(https?:[^"]*)"/g)) if (!m[1]!.startsWith('https://')) problems.push(`not https: ${m[1]}`);
  for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g))
    if (!/^https:\/\/[^/]+$/.test(m[1]!)) problems.push(`AppDomain must be an https origin: ${m[1]}`);
  const displayName = /<DisplayName DefaultValue="([^"]*)"/.exec(xml)?.[1] ?? '';
  if (displayName.length > 125) problems.push('DisplayName longer than 125 characters');
  const description = /<Description DefaultValue="([^"]*)"/.exec(xml)?.[1] ?? '';
  if (description.length > 250) problems.push('Description longer than 250 characters');

  // VersionOverrides: every resid names a resource, short strings fit in 125 characters, long ones in 250.
  const overrides = /<VersionOverrides[\s\S]*<\/VersionOverrides>/.exec(xml)?.[0] ?? '';
  if (overrides) {
    const ids = new Set([...overrides.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]!));
    for (const m of overrides.matchAll(/resid="([^"]+)"/g)) if (!ids.has(m[1]!)) problems.push(`resid ${m[1]} has no resource`);
    if (ids.size !== [...overrides.matchAll(/<bt:(?:Image|Url|String) id="/g)].length) problems.push('duplicate resource ids');
    const short = /<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/.exec(overrides)?.[1] ?? '';
    for (const m of short.matchAll(/DefaultValue="([^"]*)"/g)) if (m[1]!.length > 125) problems.push(`short string over 125 characters: ${m[1]}`);
    const long = /<bt:LongStrings>([\s\S]*?)<\/bt:LongStrings>/.exec(overrides)?.[1] ?? '';
    for (const m of long.matchAll(/DefaultValue="([^"]*)"/g)) if (m[1]!.length > 250) problems.push(`long string over 250 characters: ${m[1]}`);
    for (const m of overrides.matchAll(/<bt:Image size="(\d+)"/g))
      if (![16, 20, 24, 32, 40, 48, 64, 80].includes(Number(m[1]))) problems.push(`icon size ${m[1]} is not one Office accepts`);
    // A resource id (and so every resid) is at most 32 characters.
    const long32 = [...ids].filter((id) => id.length > 32);
    if (long32.length) problems.push(`resource ids over 32 characters: ${long32.join(', ')}`);
  }
  return problems;
}
