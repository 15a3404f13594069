/// <reference types="office-js" />
/**
 * The members issue 11 lists, on every preset: each works where the preset has its
 * requirement set and fails with ApiNotFound where it does not (sets from
 * @types/office-js; presets from
 * https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets).
 */
import { sectionTag } from '@cds/template';
import { writeFlatOpc } from '@cds/docx';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { PRESETS, type HostPreset } from '../requirements.js';
import { missingSetFor } from '../requirements.js';
import { control, doc, para, table } from '../testing/fixtures.js';

type Case = { member: string; run: (c: Word.RequestContext, W: typeof Word) => void };

const CASES: Case[] = [
  { member: 'Paragraph.alignment', run: (c) => c.document.body.paragraphs.getFirst().set({ alignment: 'Centered' }) },
  { member: 'Body.getContentControls', run: (c) => void c.document.body.getContentControls().load('items') },
  { member: 'Body.insertOoxml', run: (c) => void c.document.body.insertOoxml(writeFlatOpc(doc(para('x', 'mới'))), 'End') },
  { member: 'Body.getOoxml', run: (c) => void c.document.body.getOoxml() },
  { member: 'Range.expandTo', run: (c) => void c.document.body.getRange('Start').expandTo(c.document.body.getRange('End')).load('text') },
  { member: 'Body.insertBreak', run: (c) => c.document.body.insertBreak('Line', 'End') },
  { member: 'Paragraph.getTextRanges', run: (c) => void c.document.body.paragraphs.getFirst().getTextRanges(['.']).load('items') },
  { member: 'Application.createDocument', run: (c) => void c.application.createDocument() },
  { member: 'Section.getHeader', run: (c) => void c.document.sections.getFirst().getHeader('Primary').load('text') },
  { member: 'Font.highlightColor', run: (c) => void (c.document.body.paragraphs.getFirst().font.highlightColor = 'yellow') },
  { member: 'Table.alignment', run: (c) => void (c.document.body.tables.getFirst().alignment = 'Centered') },
  { member: 'TableCell.verticalAlignment', run: (c) => void (c.document.body.tables.getFirst().getCell(0, 0).verticalAlignment = 'Center') },
  { member: 'Body.search', run: (c, W) => void c.document.body.search('x', Object.assign(W.SearchOptions.newObject(c), { matchCase: true })).load('items') },
  { member: 'CustomXmlPart.query', run: (c) => void c.document.customXmlParts.add('<a xmlns="urn:x"><b/></a>').query('/p:a/p:b', { p: 'urn:x' }) },
  { member: 'CustomXmlPart.insertElement', run: (c) => c.document.customXmlParts.add('<a xmlns="urn:x"/>').insertElement('/p:a', '<b/>', { p: 'urn:x' }) },
  { member: 'Document.properties', run: (c) => void c.document.properties.load('title') },
  { member: 'ContentControl.onSelectionChanged', run: (c) => void c.document.contentControls.getFirst().onSelectionChanged.add(async () => undefined) },
];

const fixture = () => doc(para('p', 'Một. Hai.'), control('c', { tag: sectionTag('P1') }, [para('q', 'x')]), table('t', [['a']]));

describe.each(Object.keys(PRESETS) as HostPreset[])('preset %s', (preset) => {
  it.each(CASES.map((c) => [c.member, c] as const))('%s: works where the set is present, ApiNotFound where not', async (_name, c) => {
    const host = createWordHost({ preset, document: fixture() });
    const missing = missingSetFor(PRESETS[preset], c.member);
    let code: string | undefined;
    try {
      await host.Word.run(async (context) => {
        const ps = context.document.body.paragraphs; // getFirst is WordApi 1.3: load items for office2019-era sets
        ps.load('items');
        await context.sync();
        c.run(context, host.Word);
        await context.sync();
      });
    } catch (e) {
      code = (e as { code?: string }).code;
    }
    expect(code, `${preset} ${c.member} (${missing ?? 'supported'})`).toBe(missing ? 'ApiNotFound' : undefined);
  });
});
