/// <reference types="office-js" />
/**
 * `context.application.createDocument(base64File?)` → `Word.DocumentCreated`, and `open()`.
 * https://learn.microsoft.com/javascript/api/word/word.application#word-word-application-createdocument-member(1)
 * https://learn.microsoft.com/javascript/api/word/word.documentcreated#word-word-documentcreated-open-member(1)
 */
import { writeDocx } from '@cds/docx';
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { NotImplementedError } from '../runtime/guard.js';
import { sampleDocument, texts } from '../testing/fixtures.js';
import { rejectsWith } from '../testing/expect.js';

describe('application.createDocument', () => {
  it('from a base64 .docx: a second in-memory document the test reads through the host; open() marks it opened', async () => {
    const host = createWordHost();
    const base64 = Buffer.from(writeDocx(sampleDocument())).toString('base64');
    await host.Word.run(async (context) => {
      const created = context.application.createDocument(base64);
      await context.sync();
      expect(host.createdDocuments).toHaveLength(1);
      expect(host.createdDocuments[0]!.opened).toBe(false);
      created.open();
      await context.sync();
    });
    const [made] = host.createdDocuments;
    expect(made!.opened).toBe(true);
    expect(texts(made!.document)).toEqual(texts(sampleDocument()));
    expect(JSON.stringify(made!.document.body)).toContain(sectionTag('P1'));
    expect(texts(host.document)).toEqual(['']); // the open document is untouched
  });

  it('blank without an argument; a file that is no .docx fails with InvalidArgument', async () => {
    const host = createWordHost();
    await host.Word.run(async (context) => {
      context.application.createDocument();
      await context.sync();
    });
    expect(texts(host.createdDocuments[0]!.document)).toEqual(['']);
    await rejectsWith(
      host.Word.run(async (context) => {
        context.application.createDocument(btoa('not a docx'));
        await context.sync();
      }),
      'InvalidArgument',
    );
  });

  it('is WordApi 1.3 (ApiNotFound below); its content members (WordApiHiddenDocument) fail loudly', async () => {
    const old = createWordHost({ preset: 'office2019', requirementSets: { WordApi: '1.2' } });
    await rejectsWith(
      old.Word.run(async (context) => {
        context.application.createDocument();
        await context.sync();
      }),
      'ApiNotFound',
    );
    const host = createWordHost({ preset: 'ltsc2024' });
    await host.Word.run(async (context) => {
      const created = context.application.createDocument();
      expect(() => created.body).toThrow(NotImplementedError);
      await context.sync();
    });
  });
});
