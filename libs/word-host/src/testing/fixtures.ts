/**
 * Small document builders for tests. Every document built here is DERIVED FROM THE
 * SPECIFICATION (ECMA-376 content controls, Word's API docs), not captured from Word.
 */
import { sectionTag } from '@cds/template';
import { paragraphs, paragraphText } from '@cds/model';
import type { Block, BlockContentControl, ContentControlProps, DocumentModel, InlineContentControl, Paragraph, Table } from '@cds/model';

export const para = (id: string, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  kind: 'paragraph',
  id,
  inlines: text ? [{ kind: 'run', text }] : [],
  ...extra,
});

export const heading = (id: string, text: string, level = 1): Paragraph =>
  para(id, text, { styleId: `Heading${level}`, styleName: `heading ${level}`, outlineLevel: level - 1 });

export const control = (id: string, cc: ContentControlProps, children: Block[]): BlockContentControl => ({ kind: 'blockControl', id, cc, children });

export const inline = (id: string, cc: ContentControlProps, text: string): InlineContentControl => ({
  kind: 'inlineControl',
  id,
  cc,
  children: [{ kind: 'run', text }],
});

export const table = (id: string, values: string[][], header = false): Table => ({
  kind: 'table',
  id,
  rows: values.map((row, r) => ({
    id: `${id}.r${r}`,
    ...(header && r === 0 ? { isHeader: true } : {}),
    cells: row.map((v, c) => ({ id: `${id}.r${r}.c${c}`, blocks: [para(`${id}.r${r}.c${c}.p`, v)] })),
  })),
});

export const doc = (...body: Block[]): DocumentModel => ({
  body,
  sections: [{ widthMm: 210, heightMm: 297, orientation: 'portrait', margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } }],
  defaults: { font: 'Times New Roman', sizePt: 14 },
});

/**
 * A plan-like document: a title, sections tagged with the product's scheme (`@cds/template`'s
 * `sectionTag`; one locked), a table, nested controls, and an inline control tagged by
 * another add-in (`recipient`), which the product's tag reader must leave alone.
 */
export const sampleDocument = (): DocumentModel =>
  doc(
    para('b0', 'KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026', { styleId: 'Title', styleName: 'title' }),
    control('b1', { tag: sectionTag('P1'), title: 'Phần I', sdtId: 101 }, [
      heading('b1.0', 'I. KẾT QUẢ NĂM 2025'),
      para('b1.1', 'Đã triển khai 12 dịch vụ công trực tuyến.'),
      control('b1.2', { tag: sectionTag('P1.I'), title: 'Mục 1', sdtId: 102 }, [para('b1.2.0', 'Hạ tầng số.')]),
    ]),
    control('b2', { tag: sectionTag('P2'), title: 'Phần II', sdtId: 103, cannotEdit: true, cannotDelete: true }, [heading('b2.0', 'II. NỘI DUNG KẾ HOẠCH')]),
    table(
      'b3',
      [
        ['Chỉ tiêu', 'Mục tiêu 2026'],
        ['Tỷ lệ hồ sơ trực tuyến', '80%'],
      ],
      true,
    ),
    para('b4', 'Nơi nhận: Bộ KH&CN.', {
      inlines: [{ kind: 'run', text: 'Nơi nhận: ' }, inline('b4.i0', { tag: 'recipient', sdtId: 104 }, 'Bộ KH&CN'), { kind: 'run', text: '.' }],
    }),
  );

/** Every paragraph's text in reading order (tables and controls included). */
export const texts = (d: DocumentModel): string[] => [...paragraphs(d.body)].map((c) => paragraphText(c.paragraph));
