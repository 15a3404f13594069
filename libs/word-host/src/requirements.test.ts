/// <reference types="office-js" />
/**
 * Requirement sets per host, from "Word JavaScript API requirement sets"
 * (https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets);
 * members' sets come from the `[Api set: …]` tags of @types/office-js. office.js is one
 * library for every Word, so an unsupported member exists in JavaScript and the host
 * answers ApiNotFound at sync ("check for API support at runtime":
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime).
 */
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from './host.js';
import { rejectsWith } from './testing/expect.js';
import { sampleDocument } from './testing/fixtures.js';

describe('isSetSupported answers from the host’s configuration', () => {
  it.each([
    ['web', 'WordApi', '1.9', true],
    ['web', 'WordApiOnline', '1.1', true],
    ['web', 'WordApiDesktop', '1.1', false],
    ['ltsc2024', 'WordApi', '1.8', true],
    ['ltsc2024', 'WordApi', '1.9', false],
    ['ltsc2024', 'WordApiDesktop', '1.1', true],
    ['office2019', 'WordApi', '1.3', true],
    ['office2019', 'WordApi', '1.4', false],
    ['office2019', 'CustomXmlParts', undefined, true],
  ] as const)('%s: %s %s → %s', (preset, name, version, expected) => {
    const { Office } = createWordHostCore({ preset });
    expect(Office.context.requirements.isSetSupported(name, version)).toBe(expected);
  });

  it('compares versions as numbers ("1.10" > "1.9") and takes overrides', () => {
    const { Office } = createWordHostCore({ requirementSets: { WordApi: '1.10' } });
    expect(Office.context.requirements.isSetSupported('WordApi', '1.9')).toBe(true);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.11')).toBe(false);
  });
});

describe('an API outside the configured sets fails with ApiNotFound at sync', () => {
  it('Office 2019 has no content-control events (WordApi 1.5) or document.settings (WordApi 1.4)', async () => {
    const { Word } = createWordHostCore({ preset: 'office2019', document: sampleDocument() });
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().onDataChanged.add(async () => undefined);
      const err = await rejectsWith(context.sync(), 'ApiNotFound');
      expect(err.message).toContain('WordApi 1.5');
      context.document.settings.add('k', 1);
      await rejectsWith(context.sync(), 'ApiNotFound');
    });
  });

  it('loading a property of a newer set fails (uniqueLocalId is WordApi 1.6); load() leaves it out', async () => {
    const { Word } = createWordHostCore({ preset: 'office2019', document: sampleDocument() });
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load('uniqueLocalId');
      await rejectsWith(context.sync(), 'ApiNotFound');
      p.load();
      await context.sync();
      expect(Object.keys(p.toJSON())).toContain('styleBuiltIn');
      expect(Object.keys(p.toJSON())).not.toContain('uniqueLocalId');
    });
  });

  it('the same code runs on the web preset', async () => {
    const { Word } = createWordHostCore({ preset: 'web', document: sampleDocument() });
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().onDataChanged.add(async () => undefined);
      const p = context.document.body.paragraphs.getFirst();
      p.load('uniqueLocalId');
      await context.sync();
      expect(p.uniqueLocalId).toMatch(/^\{[0-9A-F-]+\}$/);
    });
  });
});

describe('annotations (WordApi 1.7)', () => {
  it('exist where 1.7 is on, are listed per paragraph, and are never saved into the file', async () => {
    const host = createWordHostCore({ preset: 'ltsc2024', document: sampleDocument() });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const ids = p.insertAnnotations({ critiques: [{ start: 0, length: 8, colorScheme: 'Red' }] } as Word.AnnotationSet);
      await context.sync();
      expect(ids.value).toHaveLength(1);
      const list = p.getAnnotations();
      list.load('items/id,items/state,items/critiqueAnnotation/critique');
      await context.sync();
      expect(list.items.map((a) => [a.id, a.state, a.critiqueAnnotation.critique.length])).toEqual([[ids.value[0], 'Created', 8]]);
    });
    expect(JSON.stringify(host.fileModel())).not.toContain('Red');
  });

  it('fail with ApiNotFound on Office 2019', async () => {
    const { Word } = createWordHostCore({ preset: 'office2019', document: sampleDocument() });
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertAnnotations({ critiques: [] } as unknown as Word.AnnotationSet);
      await rejectsWith(context.sync(), 'ApiNotFound');
    });
  });
});
