/// <reference types="office-js" />
/** Tables: https://learn.microsoft.com/javascript/api/word/word.table (values, rowCount, getCell, addRows: WordApi 1.3). */
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { doc, para, sampleDocument } from '../testing/fixtures.js';

describe('Table', () => {
  it('reads values, rowCount, headerRowCount, rows and cells', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.load('values,rowCount,headerRowCount');
      t.rows.load('items/cellCount,items/isHeader,items/values');
      const cell = t.getCell(1, 1);
      cell.load('value,rowIndex,cellIndex');
      await context.sync();
      expect(t.values).toEqual([
        ['Chỉ tiêu', 'Mục tiêu 2026'],
        ['Tỷ lệ hồ sơ trực tuyến', '80%'],
      ]);
      expect([t.rowCount, t.headerRowCount]).toEqual([2, 1]);
      expect(t.rows.items.map((r) => [r.cellCount, r.isHeader])).toEqual([
        [2, true],
        [2, false],
      ]);
      expect([cell.value, cell.rowIndex, cell.cellIndex]).toEqual(['80%', 1, 1]);
    });
  });

  it('adds rows with values at the end, sets cell values, and fails getCell outside the table with ItemNotFound', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    await host.Word.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.addRows('End', 2, [
        ['Dịch vụ công toàn trình', '60%'],
        ['Chữ ký số', '100%'],
      ]);
      t.getCell(1, 1).value = '85%';
      t.load('values,rowCount');
      await context.sync();
      expect(t.rowCount).toBe(4);
      expect(t.values.map((r) => r[1])).toEqual(['Mục tiêu 2026', '85%', '60%', '100%']);
      t.getCell(9, 0).load('value');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('inserts a table with values after a paragraph and reports its nesting', async () => {
    const host = createWordHostCore({ document: doc(para('a', 'Bảng 1')) });
    await host.Word.run(async (context) => {
      const t = context.document.body.paragraphs.getFirst().insertTable(2, 3, 'After', [
        ['A', 'B', 'C'],
        ['1', '2', '3'],
      ]);
      t.load('values,nestingLevel');
      await context.sync();
      expect([t.values, t.nestingLevel]).toEqual([
        [
          ['A', 'B', 'C'],
          ['1', '2', '3'],
        ],
        1,
      ]);
    });
    expect(host.document.body.map((b) => b.kind)).toEqual(['paragraph', 'table']);
  });
});
