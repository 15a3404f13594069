import { describe, expect, it } from 'vitest';
import { createRegistry, DEFAULT_TEMPLATE_VERSION, getTemplate, InvalidTemplateError, templates, UnknownTemplateError } from './registry.js';
import { mst2026 } from './mst-2026.js';
import type { Template } from './types.js';
import { tinyTemplate } from './testing/tiny-template.js';
import { childrenOf, sectionById } from './sections.js';

describe('template registry', () => {
  it('ships mst-2026 as the default version', () => {
    expect(DEFAULT_TEMPLATE_VERSION).toBe('mst-2026');
    expect(getTemplate()).toBe(mst2026);
    expect(Object.keys(templates)).toEqual(['mst-2026']);
  });

  it('refuses an unknown version with a typed error', () => {
    expect(() => getTemplate('mst-1999')).toThrow(UnknownTemplateError);
  });

  it('takes a second version by registering its data, and the helpers work on it', () => {
    const reg = createRegistry([mst2026, tinyTemplate]);
    expect(reg.versions).toEqual(['mst-2026', 'test-2027']);
    const t = reg.get('test-2027');
    expect(childrenOf(t, 'P2').map((s) => s.id)).toEqual(['P2.I', 'P2.II', 'P2.III']);
    expect(sectionById(t, 'P1.I')!.hasResultItems).toBe(true);
    // The helpers' caches are per template: the first one is unaffected.
    expect(childrenOf(mst2026, 'P2').map((s) => s.id)).toEqual(['P2.I', 'P2.II', 'P2.III', 'P2.IV', 'P2.V', 'P2.VI']);
  });

  it('refuses unsound data and duplicate versions', () => {
    const broken: Template = {
      ...tinyTemplate,
      version: 'broken',
      sections: [{ id: 'P1.I', parent: 'P1', level: 1, number: 'I', title: 'X' }],
    };
    expect(() => createRegistry([broken])).toThrow(InvalidTemplateError);
    expect(() => createRegistry([mst2026, mst2026])).toThrow(/twice/);
  });
});
