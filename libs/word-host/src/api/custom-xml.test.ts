/// <reference types="office-js" />
/** Word.CustomXmlPartCollection (WordApi 1.4): https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection */
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { rejectsWith } from '../testing/expect.js';

const XML = '<settings xmlns="urn:cds:plan"><round>2026</round></settings>';

describe('document.customXmlParts', () => {
  it('adds a part, finds it by namespace and reads its XML; the common API sees the same part', async () => {
    const host = createWordHostCore();
    await host.Word.run(async (context) => {
      const added = context.document.customXmlParts.add(XML);
      added.load('id,namespaceUri');
      await context.sync();
      expect(added.namespaceUri).toBe('urn:cds:plan');
      const parts = context.document.customXmlParts.getByNamespace('urn:cds:plan');
      parts.load('items/id');
      await context.sync();
      const xml = parts.items[0]!.getXml();
      await context.sync();
      expect(xml.value).toBe(XML);
    });
    const common = await new Promise<Office.AsyncResult<Office.CustomXmlPart[]>>((resolve) =>
      host.Office.context.document.customXmlParts.getByNamespaceAsync('urn:cds:plan', resolve),
    );
    expect(common.value).toHaveLength(1);
  });

  it('counts parts and settings at sync, with the counts as they are after the batch', async () => {
    const { Word } = createWordHostCore();
    await Word.run(async (context) => {
      const before = context.document.customXmlParts.getCount();
      context.document.customXmlParts.add(XML);
      context.document.settings.add('cds.round', 2026);
      const parts = context.document.customXmlParts.getCount();
      const settings = context.document.settings.getCount();
      expect(() => parts.value).toThrow();
      await context.sync();
      expect(before.value).toBe(0);
      expect(parts.value).toBe(1);
      expect(settings.value).toBe(1);
    });
  });

  it('is missing on Office 2019 (WordApi 1.4)', async () => {
    const { Word } = createWordHostCore({ preset: 'office2019' });
    await Word.run(async (context) => {
      context.document.customXmlParts.add(XML);
      await rejectsWith(context.sync(), 'ApiNotFound');
    });
  });
});
