/// <reference types="office-js" />
/**
 * One object of every class the host hands out, for the tests that go over all of
 * Microsoft's declared members (writable properties, conformance coverage).
 * The document is DERIVED FROM THE SPECIFICATION, not captured from Word.
 */
import { sectionTag } from '@cds/template';
import { control, doc, para, table } from './fixtures.js';

export type Obj = Record<string, unknown> & { load(p: string): unknown };
export type Factory = (context: Word.RequestContext) => Obj;

const listPara = para('l', 'Mục a', { numbering: { numId: '1', level: 0, label: 'a)', format: 'lowerLetter' } });
/** A paragraph, a list item, a tagged control, a 2×2 table. */
export const fixture = () =>
  doc(
    para('p', 'Đoạn đầu'),
    listPara,
    control('c', { tag: sectionTag('P1') }, [para('cp', 'Trong')]),
    table('t', [
      ['a', 'b'],
      ['c', 'd'],
    ]),
  );

const first = (c: Word.RequestContext) => c.document.body.paragraphs.getFirst();

/** Objects with properties (writable or not). */
export const FACTORIES: Record<string, Factory> = {
  Document: (c) => c.document as never,
  Body: (c) => c.document.body as never,
  Paragraph: (c) => first(c) as never,
  Font: (c) => first(c).font as never,
  Range: (c) => first(c).getRange() as never,
  ContentControl: (c) => c.document.contentControls.getFirst() as never,
  Table: (c) => c.document.body.tables.getFirst() as never,
  TableRow: (c) => c.document.body.tables.getFirst().rows.getFirst() as never,
  TableCell: (c) => c.document.body.tables.getFirst().getCell(0, 0) as never,
  ListItem: (c) => first(c).getNext().listItem as never,
  Application: (c) => c.application as never,
  Setting: (c) => c.document.settings.add('k', 'v') as never,
  CustomXmlPart: (c) => c.document.customXmlParts.add('<a xmlns="urn:x"/>') as never,
  DocumentProperties: (c) => c.document.properties as never,
  CustomProperty: (c) => c.document.properties.customProperties.add('cds.round', '2026') as never,
  Section: (c) => c.document.sections.getFirst() as never,
  Field: (c) => c.document.sections.getFirst().getHeader('Primary').getRange('Start').insertField('Start', 'Page') as never,
};

/** Collections and the remaining classes, for coverage. */
export const MORE: Record<string, Factory> = {
  ParagraphCollection: (c) => c.document.body.paragraphs as never,
  ContentControlCollection: (c) => c.document.contentControls as never,
  TableCollection: (c) => c.document.body.tables as never,
  TableRowCollection: (c) => c.document.body.tables.getFirst().rows as never,
  TableCellCollection: (c) => c.document.body.tables.getFirst().rows.getFirst().cells as never,
  RangeCollection: (c) => c.document.body.search('Đoạn') as never,
  SectionCollection: (c) => c.document.sections as never,
  SettingCollection: (c) => c.document.settings as never,
  CustomXmlPartCollection: (c) => c.document.customXmlParts as never,
  CustomXmlPartScopedCollection: (c) => c.document.customXmlParts.getByNamespace('urn:x') as never,
  CustomPropertyCollection: (c) => c.document.properties.customProperties as never,
  AnnotationCollection: (c) => first(c).getAnnotations() as never,
  DocumentCreated: (c) => c.application.createDocument() as never,
};
