import { checkTemplate } from './check.js';
import { templateMessages } from './messages.vi.js';
import { mst2026 } from './mst-2026.js';
import type { Template } from './types.js';

/** Thrown when a template version is asked for that no registry holds. */
export class UnknownTemplateError extends Error {
  constructor(readonly version: string) {
    super(templateMessages.unknownTemplate(version));
    this.name = 'UnknownTemplateError';
  }
}

/** Thrown when a template's data is not sound (see checkTemplate). */
export class InvalidTemplateError extends Error {
  constructor(
    readonly version: string,
    readonly problems: string[],
  ) {
    super(templateMessages.invalidTemplate(version, problems));
    this.name = 'InvalidTemplateError';
  }
}

export interface TemplateRegistry {
  /** Versions in registration order. */
  readonly versions: readonly string[];
  /** The template of that version, or undefined. */
  find(version: string): Template | undefined;
  /** The template of that version; throws UnknownTemplateError. */
  get(version: string): Template;
}

/** A registry over these templates; each is checked and versions must be unique. */
export function createRegistry(list: readonly Template[]): TemplateRegistry {
  const map = new Map<string, Template>();
  for (const t of list) {
    const problems = checkTemplate(t);
    if (map.has(t.version)) problems.push('version registered twice');
    if (problems.length) throw new InvalidTemplateError(t.version, problems);
    map.set(t.version, t);
  }
  return {
    versions: [...map.keys()],
    find: (v) => map.get(v),
    get(v) {
      const t = map.get(v);
      if (!t) throw new UnknownTemplateError(v);
      return t;
    },
  };
}

/** The template a new reporting round uses unless told otherwise. */
export const DEFAULT_TEMPLATE_VERSION = 'mst-2026';

/** Every shipped template. A new version: add its data file and list it here. */
const registry = createRegistry([mst2026]);

/** Shipped templates by version. */
export const templates: Readonly<Record<string, Template>> = Object.fromEntries(registry.versions.map((v) => [v, registry.get(v)]));

/** A shipped template by version (default: the current one); throws UnknownTemplateError. */
export function getTemplate(version: string = DEFAULT_TEMPLATE_VERSION): Template {
  return registry.get(version);
}

/** A shipped template by version, or undefined. */
export function findTemplate(version: string): Template | undefined {
  return registry.find(version);
}
