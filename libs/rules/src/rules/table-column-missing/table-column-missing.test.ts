import { describe, expect, it } from 'vitest';
import { buildCleanPlanModel } from '@cds/plan/testing';
import type { Table } from '@cds/model';
import { analyze } from '../../analyze.js';

/** The clean plan with one header cell of the indicator table renamed. */
function renamedHeader(from: string, to: string) {
  const doc = buildCleanPlanModel();
  const tb = doc.body.find((b): b is Table => b.kind === 'table' && b.rows[0]!.cells.length === 11)!;
  for (const cell of tb.rows[0]!.cells) {
    const p = cell.blocks[0]!;
    if (p.kind === 'paragraph' && p.inlines[0]?.kind === 'run' && p.inlines[0].text === from) p.inlines[0] = { ...p.inlines[0], text: to };
  }
  return { doc, table: tb };
}

describe('table-column-missing', () => {
  it('says once that a column was not recognised, instead of a missing field on every row', () => {
    const { doc, table } = renamedHeader('Phương pháp tính', 'Cách xác định');
    const errors = analyze(doc).findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        rule: 'table-column-missing',
        section: 'P2.II.2',
        blockId: table.id,
        data: expect.objectContaining({ column: 'Phương pháp tính', unrecognized: '"Cách xác định"' }),
      }),
    ]);
    expect(errors[0]!.message).toBe(
      'Bảng chỉ tiêu trong mục "2. Mục tiêu, chỉ tiêu cụ thể" thuộc Phần II không có cột "Phương pháp tính": không nhận ra cột "Cách xác định"; hãy đặt tên cột theo khung kế hoạch, ví dụ "Phương pháp tính".',
    );
  });

  it('is silent on a clean plan and when a header is worded by meaning', () => {
    expect(analyze(buildCleanPlanModel()).findings.filter((f) => f.rule === 'table-column-missing')).toEqual([]);
    const { doc } = renamedHeader('Nguồn lực thực hiện', 'Nguồn lực bảo đảm');
    expect(analyze(doc).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
