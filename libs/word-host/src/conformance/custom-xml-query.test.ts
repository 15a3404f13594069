/// <reference types="office-js" />
/**
 * CustomXmlPart.query / insertElement / insertAttribute / update… / delete… (WordApi 1.4),
 * as Microsoft's sample "Manage a CustomXmlPart with the namespace" uses them
 * (office-js-snippets samples/word/50-document/manage-custom-xml-part-ns.yaml).
 * https://learn.microsoft.com/javascript/api/word/word.customxmlpart
 */
import { readDocx } from '@cds/docx';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { rejectsWith } from '../testing/expect.js';

const NS = 'http://schemas.contoso.com/review/1.0';
const XML = `<Reviewers xmlns='${NS}'><Reviewer>Juan</Reviewer><Reviewer>Hong</Reviewer><Reviewer>Sally</Reviewer></Reviewers>`;
const MAP = { contoso: NS };

async function withPart<T>(host: ReturnType<typeof createWordHost>, fn: (p: Word.CustomXmlPart, c: Word.RequestContext) => Promise<T>): Promise<T> {
  return host.Word.run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(NS);
    parts.load('items');
    await context.sync();
    const part = parts.items[0] ?? context.document.customXmlParts.add(XML);
    return fn(part, context);
  });
}

describe('custom XML part editing', () => {
  it('query with a prefix from namespaceMappings finds the root and its children; positional and value predicates work', async () => {
    const host = createWordHost();
    await withPart(host, async (part, context) => {
      const root = part.query('/contoso:Reviewers', MAP);
      const kids = part.query('/contoso:Reviewers/contoso:Reviewer', MAP);
      const second = part.query('/contoso:Reviewers/contoso:Reviewer[2]', MAP);
      const none = part.query('/Reviewers', MAP); // unprefixed = no namespace (XPath 1.0)
      await context.sync();
      expect(root.value).toHaveLength(1);
      expect(kids.value).toEqual([`<Reviewer>Juan</Reviewer>`, `<Reviewer>Hong</Reviewer>`, `<Reviewer>Sally</Reviewer>`]);
      expect(second.value).toEqual(['<Reviewer>Hong</Reviewer>']);
      expect(none.value).toEqual([]);
    });
  });

  it('insertAttribute and insertElement (at a child index) change the part; getXml and the saved .docx have them', async () => {
    const host = createWordHost();
    await withPart(host, async (part, context) => {
      part.insertAttribute('/contoso:Reviewers', MAP, 'Nation', 'US');
      part.insertElement('/contoso:Reviewers', '<Lead>Mark</Lead>', MAP, 0);
      const xml = part.getXml();
      const lead = part.query('/contoso:Reviewers/contoso:Lead', MAP);
      const nation = part.query('/contoso:Reviewers/@Nation', MAP);
      await context.sync();
      expect(xml.value).toBe(
        `<Reviewers xmlns="${NS}" Nation="US"><Lead>Mark</Lead><Reviewer>Juan</Reviewer><Reviewer>Hong</Reviewer><Reviewer>Sally</Reviewer></Reviewers>`,
      );
      expect(lead.value).toEqual(['<Lead>Mark</Lead>']);
      expect(nation.value).toEqual(['US']);
    });
    expect(Object.values(readDocx(host.save()).customParts ?? {})[0]).toContain('<Lead>Mark</Lead>');
  });

  it('updateElement, deleteElement, updateAttribute, deleteAttribute', async () => {
    const host = createWordHost();
    await withPart(host, async (part, context) => {
      part.insertAttribute('/contoso:Reviewers', MAP, 'Nation', 'US');
      part.updateElement('/contoso:Reviewers/contoso:Reviewer[1]', '<Reviewer>John</Reviewer>', MAP);
      part.deleteElement('/contoso:Reviewers/contoso:Reviewer[3]', MAP);
      part.updateAttribute('/contoso:Reviewers', MAP, 'Nation', 'VN');
      const mid = part.getXml();
      part.deleteAttribute('/contoso:Reviewers', MAP, 'Nation');
      const end = part.getXml();
      await context.sync();
      expect(mid.value).toBe(`<Reviewers xmlns="${NS}" Nation="VN"><Reviewer>John</Reviewer><Reviewer>Hong</Reviewer></Reviewers>`);
      expect(end.value).toBe(`<Reviewers xmlns="${NS}"><Reviewer>John</Reviewer><Reviewer>Hong</Reviewer></Reviewers>`);
    });
  });

  it('a prefix missing from namespaceMappings, or a path the host cannot evaluate, is InvalidArgument; no match for an insert is ItemNotFound', async () => {
    const host = createWordHost();
    await rejectsWith(
      withPart(host, async (part, context) => {
        part.query('/x:Reviewers', {});
        await context.sync();
      }),
      'InvalidArgument',
    );
    await rejectsWith(
      withPart(host, async (part, context) => {
        part.query('//contoso:Reviewer[last()]', MAP);
        await context.sync();
      }),
      'InvalidArgument',
    );
    await rejectsWith(
      withPart(host, async (part, context) => {
        part.insertElement('/contoso:Nothing', '<a/>', MAP);
        await context.sync();
      }),
      'ItemNotFound',
    );
  });

  it('is WordApi 1.4: ApiNotFound on office2019', async () => {
    const host = createWordHost({ preset: 'office2019' });
    await rejectsWith(
      host.Word.run(async (context) => {
        context.document.customXmlParts.add(XML).query('/contoso:Reviewers', MAP);
        await context.sync();
      }),
      'ApiNotFound',
    );
  });
});
