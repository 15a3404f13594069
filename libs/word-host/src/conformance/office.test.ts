/// <reference types="office-js" />
/**
 * Office common API: getSelectedDataAsync, and members the host lacks failing loudly.
 * https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getselecteddataasync-member(1)
 */
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { NotImplementedError } from '../runtime/guard.js';
import { doc, para } from '../testing/fixtures.js';

const selected = (host: ReturnType<typeof createWordHost>, type: Office.CoercionType) =>
  new Promise<Office.AsyncResult<string>>((resolve) => host.Office.context.document.getSelectedDataAsync(type, resolve));

describe('Office.context.document', () => {
  it('getSelectedDataAsync gives the selection as text, and as flat OPC with Ooxml', async () => {
    const host = createWordHost({ document: doc(para('a', 'Kế hoạch năm 2026'), para('b', 'khác')) });
    await host.Word.run(async (context) => {
      context.document.body.search('năm 2026').getFirst().select();
      await context.sync();
    });
    const text = await selected(host, host.Office.CoercionType.Text);
    expect([text.status, text.value]).toEqual(['succeeded', 'năm 2026']);
    const ooxml = await selected(host, host.Office.CoercionType.Ooxml);
    expect(ooxml.value).toContain('<pkg:package');
    expect(ooxml.value).toContain('năm 2026');
    expect(ooxml.value).not.toContain('khác');
  });

  it('with nothing selected the text is empty', async () => {
    const host = createWordHost({ document: doc(para('a', 'x')) });
    expect((await selected(host, host.Office.CoercionType.Text)).value).toBe('');
  });

  it('members of Office.Document and Context the host lacks fail loudly', async () => {
    const host = createWordHost();
    const d = host.Office.context.document as unknown as Record<string, unknown>;
    expect(() => d.setSelectedDataAsync).toThrow(NotImplementedError);
    expect(() => d.bindings).toThrow(NotImplementedError);
    expect(() => (host.Office.context as unknown as Record<string, unknown>).officeTheme).toThrow(NotImplementedError);
    await expect(selected(host, host.Office.CoercionType.Html)).rejects.toThrow(NotImplementedError);
  });
});
