import { API_SETS } from './api-sets.generated.js';

/** Highest supported version per requirement-set name, e.g. `{ WordApi: '1.8' }`. */
export type RequirementSets = Readonly<Record<string, string>>;

/** Named host profiles. */
export type HostPreset = 'web' | 'ltsc2024' | 'office2019';

/** Common-API sets every Word since 2016 has (Settings, File, CustomXmlParts …). */
const COMMON: RequirementSets = {
  CustomXmlParts: '1.1',
  DocumentEvents: '1.1',
  File: '1.1',
  Settings: '1.1',
  Selection: '1.1',
  TextCoercion: '1.1',
  OoxmlCoercion: '1.1',
  HtmlCoercion: '1.1',
};

/**
 * Presets from Microsoft's table "Word JavaScript API requirement sets"
 * (https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets):
 * Office on the web has WordApi 1.1–1.9 and WordApiOnline 1.1; Office LTSC 2024
 * (volume-licensed perpetual) has up to WordApi 1.8, WordApiDesktop 1.1 and
 * WordApiHiddenDocument 1.5; Office 2019 has WordApi 1.1–1.3 and WordApiHiddenDocument 1.3.
 */
export const PRESETS: Readonly<Record<HostPreset, RequirementSets>> = {
  web: { ...COMMON, WordApi: '1.9', WordApiOnline: '1.1' },
  ltsc2024: { ...COMMON, WordApi: '1.8', WordApiDesktop: '1.1', WordApiHiddenDocument: '1.5' },
  office2019: { ...COMMON, WordApi: '1.3', WordApiHiddenDocument: '1.3' },
};

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * `Office.context.requirements.isSetSupported(name, minVersion)`: the version
 * defaults to "1.1" (https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime).
 */
export function isSetSupported(sets: RequirementSets, name: string, minVersion: string | number = '1.1'): boolean {
  const have = sets[name];
  if (have === undefined) return false;
  return compareVersions(have, String(minVersion)) >= 0;
}

/** The set (e.g. "WordApi 1.5") a `Class.member` needs, if it is outside `sets`; undefined when supported. */
export function missingSetFor(sets: RequirementSets, member: string): string | undefined {
  const need = API_SETS[member];
  if (!need) return undefined;
  const [name, version] = need.split(' ');
  if (!name || !version) return undefined;
  return isSetSupported(sets, name, version) ? undefined : need;
}
