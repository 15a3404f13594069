/**
 * Test helper: document models built by hand, rich enough to exercise every
 * structure the writer must keep (nested controls, merged cells, row and cell
 * controls, numbering, several sections, headers, custom parts, settings).
 */
import type { Block, ContentControlProps, DocumentModel, Numbering, Paragraph, RunProps, Table, TableCell, TableRow } from '@cds/model';

let n = 0;
const id = (): string => `t${n++}`;

/** A paragraph with one run. */
export function para(text: string, extra: Partial<Paragraph> = {}, props?: RunProps): Paragraph {
  return { kind: 'paragraph', id: id(), inlines: [{ kind: 'run', text, ...(props ? { props } : {}) }], ...extra };
}

const num = (numId: string, level: number, label: string, format: string): Partial<Paragraph> => ({
  numbering: { numId, level, label, format } satisfies Numbering,
});
const cell = (blocks: Block[], extra: Partial<TableCell> = {}): TableCell => ({ id: id(), blocks, ...extra });
const row = (cells: TableCell[], extra: Partial<TableRow> = {}): TableRow => ({ id: id(), cells, ...extra });

export function richModel(): DocumentModel {
  const rowCc: ContentControlProps = { tag: 'cds:row:ind-1', title: 'Chỉ tiêu', sdtId: 301 };
  const table: Table = {
    kind: 'table',
    id: id(),
    styleId: 'TableGrid',
    rows: [
      row([cell([para('TT')]), cell([para('Tên chỉ tiêu')], { gridSpan: 2 })], { isHeader: true }),
      row(
        [
          cell([para('1')], { vMerge: 'restart' }),
          cell([para('Tỷ lệ dịch vụ công'), para('dòng thứ hai')]),
          cell([para('%')], { cc: { tag: 'cds:cell:unit', title: 'Đơn vị', sdtId: 302 } }),
        ],
        { cc: rowCc },
      ),
      row([cell([para('')], { vMerge: 'continue' }), cell([para('Tỷ lệ hồ sơ')]), cell([para('100')])], { cc: rowCc }),
      row([cell([para('2')]), cell([{ kind: 'table', id: id(), rows: [row([cell([para('bảng lồng')])])] }, para('')]), cell([para('người')])]),
    ],
  };
  const body: Block[] = [
    para('KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026', { styleId: 'Title', styleName: 'Title', props: { alignment: 'center' } }),
    {
      kind: 'blockControl',
      id: id(),
      cc: { tag: 'cds:section:P2', title: 'Phần II', sdtId: 101, cannotDelete: true, cannotEdit: true, appearance: 'tags', color: '2E74B5' },
      children: [
        para('Phần II. NỘI DUNG KẾ HOẠCH NĂM 2026', { styleId: 'Heading1', outlineLevel: 0 }),
        {
          kind: 'blockControl',
          id: id(),
          cc: { tag: 'cds:section:P2.I', title: 'I. Căn cứ', sdtId: 102, cannotDelete: true },
          children: [
            para('Căn cứ lập kế hoạch', { styleId: 'Heading2', outlineLevel: 1, ...num('1', 0, 'I.', 'upperRoman') }),
            {
              kind: 'paragraph',
              id: id(),
              inlines: [
                { kind: 'run', text: 'Nghị quyết số 71/NQ-CP ngày ' },
                {
                  kind: 'inlineControl',
                  id: id(),
                  cc: { tag: 'cds:field:date', title: 'Ngày', sdtId: 103, showingPlaceholder: true, placeholderText: 'Nhập ngày', cannotEdit: true },
                  children: [
                    { kind: 'run', text: '01/4/2025' },
                    { kind: 'inlineControl', id: id(), cc: { tag: 'cds:inner', sdtId: 104 }, children: [{ kind: 'run', text: ' (gốc)' }] },
                  ],
                },
                { kind: 'run', text: '.' },
              ],
            },
            para('Mục tiêu', { styleId: 'Heading2', outlineLevel: 1, ...num('1', 0, 'II.', 'upperRoman') }),
            para('Mục tiêu chung', { ...num('1', 1, '1.', 'decimal') }),
            para('điểm a', { ...num('1', 2, 'a)', 'lowerLetter') }),
            para('Mục tiêu cụ thể', { ...num('1', 1, '2.', 'decimal') }),
            para('ý 2.1', { ...num('1', 3, '2.1.', 'decimal') }),
            para('gạch đầu dòng', { ...num('2', 0, '•', 'bullet') }),
          ],
        },
      ],
    },
    {
      kind: 'paragraph',
      id: id(),
      props: { alignment: 'justify', firstLineIndentCm: 1.27, spacingBeforePt: 6, spacingAfterPt: 6, lineSpacing: { rule: 'auto', value: 1.15 } },
      inlines: [
        { kind: 'run', text: 'thường ' },
        { kind: 'run', text: 'đậm nghiêng', props: { bold: true, italic: true, underline: true, font: 'Arial', sizePt: 13, color: 'C00000' } },
      ],
    },
    table,
    para('Bảng ngang'),
    para('Tổ chức thực hiện', { styleId: 'Heading2', outlineLevel: 1, ...num('1', 0, 'III.', 'upperRoman') }),
  ];
  const margins = { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15, headerMm: 12.7, footerMm: 12.7 };
  return {
    body,
    sections: [
      {
        widthMm: 210,
        heightMm: 297,
        orientation: 'portrait',
        margins,
        differentFirstPage: true,
        pageNumber: { in: 'header', alignment: 'center', onFirstPage: false },
        endsAfterBlock: 2,
      },
      {
        widthMm: 297,
        heightMm: 210,
        orientation: 'landscape',
        margins,
        pageNumber: { in: 'footer', alignment: 'right', onFirstPage: true },
        endsAfterBlock: 4,
      },
      { widthMm: 210, heightMm: 297, orientation: 'portrait', margins, endsAfterBlock: 5 },
    ],
    defaults: { font: 'Times New Roman', sizePt: 14 },
    headerText: ['UBND TỈNH HÀ TĨNH'],
    customParts: {
      'urn:cds:ignores':
        '<?xml version="1.0" encoding="UTF-8"?><cds:ignores xmlns:cds="urn:cds:ignores"><cds:ignore rule="format.font" block="b3"/></cds:ignores>',
    },
    settings: { 'cds.planId': 'plan-42', 'cds.round': 'mst-2026' },
  };
}
