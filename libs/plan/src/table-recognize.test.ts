import { describe, expect, it } from 'vitest';
import { table } from './testing/index.js';
import type { RowInput } from './testing/index.js';
import { getTemplate } from '@cds/template';
import { recognizeTable } from './table-recognize.js';

const t = getTemplate();
const rows = (...r: (string | { text: string; gridSpan?: number; vMerge?: 'restart' | 'continue' })[][]): RowInput[] => r.map((cells) => ({ cells }));
const keys = (m: ReturnType<typeof recognizeTable>) => m?.columns.map((c) => c.key);

describe('recognizeTable', () => {
  it('recognises the indicator table by the template labels', () => {
    const tb = table(
      't',
      rows(
        [
          'STT',
          'Mã chỉ tiêu',
          'Tên chỉ tiêu',
          'Đơn vị tính',
          'Chỉ tiêu năm 2026',
          'Mục tiêu đến năm 2030',
          'Phương pháp tính',
          'Đo lường, đánh giá',
          'Cơ quan, đơn vị chủ trì',
          'Thời hạn hoàn thành',
          'Nguồn lực thực hiện',
        ],
        ['1', 'X', 'Y', '%', '90', '100', 'a', 'b', 'c', '31/12/2026', 'NSNN'],
      ),
    );
    const m = recognizeTable(tb, t)!;
    expect(m.kind).toBe('indicators');
    expect(m.headerRows).toBe(1);
    expect(keys(m)).toEqual(['stt', 'code', 'name', 'unit', 'target2026', 'target2030', 'method', 'measurement', 'lead', 'deadline', 'resources']);
    expect(m.missing).toEqual([]);
  });

  it('accepts variant labels in any case, without diacritics, and reports missing columns', () => {
    const tb = table('t', rows(['TT', 'CHI TIEU', 'ĐVT', 'Mục tiêu 2026', 'Cơ quan chủ trì', 'Thời hạn']));
    const m = recognizeTable(tb, t)!;
    expect(m.kind).toBe('indicators');
    expect(keys(m)).toEqual(['stt', 'name', 'unit', 'target2026', 'lead', 'deadline']);
    expect(m.missing).toEqual(['method', 'measurement', 'resources']);
  });

  it('reads a two-row header with a merged group cell, and skips a "(1) (2) (3)" numbering row', () => {
    const tb = table('t', [
      { cells: ['TT', 'Chỉ tiêu', 'Đơn vị', { text: 'Mục tiêu', gridSpan: 2 }, 'Phương pháp tính', 'Đo lường, đánh giá', 'Chủ trì', 'Thời hạn', 'Nguồn lực'] },
      {
        cells: [
          { text: '', vMerge: 'continue' },
          { text: '', vMerge: 'continue' },
          { text: '', vMerge: 'continue' },
          'Năm 2026',
          'Đến năm 2030',
          { text: '', vMerge: 'continue' },
          { text: '', vMerge: 'continue' },
          { text: '', vMerge: 'continue' },
          { text: '', vMerge: 'continue' },
          { text: '', vMerge: 'continue' },
        ],
      },
      { cells: ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'] },
      { cells: ['1', 'Tỷ lệ', '%', '90', '100', 'a', 'b', 'c', 'd', 'e'] },
    ]);
    const m = recognizeTable(tb, t)!;
    expect(m.kind).toBe('indicators');
    expect(m.headerRows).toBe(3);
    expect(m.columns.find((c) => c.key === 'target2026')?.col).toBe(3);
    expect(m.columns.find((c) => c.key === 'target2030')?.col).toBe(4);
  });

  it('tells the task table from the 2025 project table', () => {
    const tasks = table(
      't',
      rows([
        'STT',
        'Tên nhiệm vụ/dự án',
        'Kết quả dự kiến',
        'Hiệu quả',
        'Thời hạn hoàn thành',
        'Đơn vị thực hiện',
        'Nguồn kinh phí',
        'Kinh phí dự kiến (triệu đồng)',
      ]),
    );
    expect(recognizeTable(tasks, t)).toMatchObject({ kind: 'tasks', missing: [] });
    const projects = table('p', rows(['STT', 'Tên dự án', 'Mục tiêu', 'Tổng mức đầu tư', 'Nguồn vốn đầu tư', 'Thời gian thực hiện', 'Hiệu quả/hiện trạng']));
    expect(recognizeTable(projects, t)).toMatchObject({ kind: 'projects2025', missing: [] });
  });

  it('does not take a 2025 results table or an unrelated table for the indicator table', () => {
    const results2025 = table('r', rows(['STT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả năm 2025', 'Ghi chú']));
    expect(recognizeTable(results2025, t)).toBeNull();
    const other = table('o', rows(['Họ và tên', 'Chức vụ', 'Điện thoại']));
    expect(recognizeTable(other, t)).toBeNull();
  });
});

describe('recognizeTable: headers as offices type them', () => {
  const cont = { text: '', vMerge: 'continue' as const };
  it('reads a merged "Kinh phí" over "Dự kiến (triệu đồng) | Nguồn kinh phí" as two header rows, keeping the unit', () => {
    const tb = table('t', [
      { cells: ['TT', 'Tên nhiệm vụ', 'Kết quả dự kiến', 'Hiệu quả', 'Thời gian thực hiện', 'Đơn vị chủ trì', { text: 'Kinh phí', gridSpan: 2 }] },
      { cells: [cont, cont, cont, cont, cont, cont, 'Dự kiến (triệu đồng)', 'Nguồn kinh phí'] },
      { cells: ['1', 'Nâng cấp trung tâm dữ liệu', 'Vận hành', 'Tiết kiệm', 'Quý IV/2026', 'Sở KH&CN', '2.500', 'Ngân sách tỉnh'] },
    ]);
    const m = recognizeTable(tb, t)!;
    expect(m).toMatchObject({ kind: 'tasks', headerRows: 2, missing: [] });
    expect(m.columns.find((c) => c.key === 'amount')).toMatchObject({ col: 6, header: 'Kinh phí Dự kiến (triệu đồng)' });
    expect(m.columns.find((c) => c.key === 'fundingSource')?.col).toBe(7);
  });

  it('matches headers by meaning: "Lộ trình đến 2030", "Nguồn lực bảo đảm", and one column for method and measurement', () => {
    const tb = table(
      't',
      rows([
        'STT',
        'Tên chỉ tiêu',
        'Đơn vị tính',
        'Năm 2026',
        'Lộ trình đến 2030',
        'Phương pháp tính, đo lường, đánh giá',
        'Đơn vị chủ trì',
        'Thời hạn',
        'Nguồn lực bảo đảm',
      ]),
    );
    const m = recognizeTable(tb, t)!;
    expect(m.missing).toEqual([]);
    const col = (k: string) => m.columns.filter((c) => c.key === k).map((c) => c.col);
    expect([col('target2030'), col('method'), col('measurement'), col('resources')]).toEqual([[4], [5], [5], [8]]);
  });

  it('names the columns it could not map', () => {
    const tb = table(
      't',
      rows(['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Cách xác định', 'Đo lường, đánh giá', 'Cơ quan chủ trì', 'Thời hạn', 'Nguồn lực']),
    );
    expect(recognizeTable(tb, t)).toMatchObject({ missing: ['method'], unrecognized: ['Cách xác định'] });
  });
});
