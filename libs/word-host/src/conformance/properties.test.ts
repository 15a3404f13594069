/// <reference types="office-js" />
/**
 * document.properties (WordApi 1.3): built-in properties and customProperties.
 * https://learn.microsoft.com/javascript/api/word/word.documentproperties
 * https://learn.microsoft.com/javascript/api/word/word.custompropertycollection
 */
import { readDocx } from '@cds/docx';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { rejectsWith } from '../testing/expect.js';

describe('document.properties', () => {
  it('built-in properties read back after sync; read-only ones cannot be assigned', async () => {
    const host = createWordHost();
    await host.Word.run(async (context) => {
      const p = context.document.properties;
      p.title = 'Kế hoạch chuyển đổi số năm 2026';
      p.author = 'Sở KH&CN';
      p.load('title,author,applicationName');
      await context.sync();
      expect([p.title, p.author, p.applicationName]).toEqual(['Kế hoạch chuyển đổi số năm 2026', 'Sở KH&CN', 'Microsoft Word']);
      expect(() => ((p as unknown as Record<string, unknown>).applicationName = 'x')).toThrow(TypeError);
    });
  });

  it('custom properties: add (keys case-insensitive), type, getItemOrNullObject, getCount, delete, deleteAll', async () => {
    const host = createWordHost();
    await host.Word.run(async (context) => {
      const cps = context.document.properties.customProperties;
      cps.add('cds.round', 2026);
      cps.add('CDS.ROUND', 2027);
      cps.add('cds.agency', 'HT');
      const round = cps.getItem('cds.round');
      const none = cps.getItemOrNullObject('missing');
      const count = cps.getCount();
      round.load('key,value,type');
      await context.sync();
      expect([round.key, round.value, round.type, none.isNullObject, count.value]).toEqual(['cds.round', 2027, 'Number', true, 2]);
      round.delete();
      const after = cps.getCount();
      await context.sync();
      expect(after.value).toBe(1);
      cps.deleteAll();
      const zero = cps.getCount();
      await context.sync();
      expect(zero.value).toBe(0);
    });
  });

  it('are kept for the session only: the model has no field, so the saved .docx does not carry them', async () => {
    const host = createWordHost();
    await host.Word.run(async (context) => {
      context.document.properties.title = 'Tiêu đề';
      context.document.properties.customProperties.add('cds.k', 'v');
      await context.sync();
    });
    expect(JSON.stringify(readDocx(host.save()))).not.toContain('Tiêu đề');
  });

  it('is WordApi 1.3: ApiNotFound with WordApi 1.2', async () => {
    const host = createWordHost({ preset: 'office2019', requirementSets: { WordApi: '1.2' } });
    await rejectsWith(
      host.Word.run(async (context) => {
        context.document.properties.load('title');
        await context.sync();
      }),
      'ApiNotFound',
    );
  });
});
