import { describe, expect, it } from 'vitest';
import { ND30_BODY } from '@cds/template';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { formatFont } from './format-font.js';

const body = (n: number, run?: object) =>
  Array.from({ length: n }, (_, i) => ({ text: `Đoạn văn số ${i + 1}.`, ...(run ? { run: { ...ND30_BODY.runDefaults, ...run } } : {}) }));

describe('format-font', () => {
  it('accepts Times New Roman in black', () => {
    expect(run(formatFont, makeContext({ sections: [{ id: 'P2.V', paras: body(3) }] }))).toEqual([]);
  });

  it('reports another font once, with the count and the first paragraph', () => {
    const ctx = makeContext({ sections: [{ id: 'P2.V', paras: [...body(2), ...body(40, { font: 'Arial' })] }] });
    const found = run(formatFont, ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'format-font', severity: 'warning', blockId: ctx.outline.sections[0]!.contentBlockIds[2] });
    expect(found[0]!.message).toContain('40 đoạn');
    expect(found[0]!.message).toContain('Arial');
  });

  it('reports coloured text separately', () => {
    const found = run(formatFont, makeContext({ sections: [{ id: 'P2.V', paras: body(2, { color: 'FF0000' }) }] }));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('màu');
  });
});
