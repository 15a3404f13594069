import { describe, expect, it } from 'vitest';
import { ND30_BODY, ND30_HEADING, ND30_PART_HEADING } from '@cds/template';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { formatHeadings } from './format-headings.js';

describe('format-headings', () => {
  it('accepts headings per Nghị định 30', () => {
    const ctx = makeContext({
      sections: [{ id: 'P2' }, { id: 'P2.III' }, { id: 'P2.III.1', paras: ['Nội dung.'] }, { id: 'P1.II.3', paras: ['a) Kết quả đạt được:', 'Có.'] }],
    });
    expect(run(formatHeadings, ctx)).toEqual([]);
  });

  it('reports a "Phần" heading that is not bold, not centred, not in capitals', () => {
    const plain = { ...ND30_BODY, alignment: 'left' as const };
    const found = run(formatHeadings, makeContext({ sections: [{ id: 'P2', heading: 'Phần II. Nội dung kế hoạch năm 2026', headingProps: plain }] }));
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('phải in đậm'),
      expect.stringContaining('phải căn giữa'),
      expect.stringContaining('in hoa'),
    ]);
  });

  it('reports roman headings in lower case and arabic headings not bold', () => {
    const found = run(
      formatHeadings,
      makeContext({
        sections: [
          { id: 'P2.III', heading: 'III. Nhiệm vụ' },
          { id: 'P2.III.1', heading: '1. Tăng cường công tác lãnh đạo', headingProps: ND30_BODY },
          { id: 'P2.III.2', heading: '2. Thể chế, chính sách số', headingProps: ND30_BODY },
        ],
      }),
    );
    expect(found).toHaveLength(2);
    expect(found[0]!.message).toContain('"I., II., …" phải viết in hoa');
    expect(found[1]!.message).toContain('2 tiêu đề không in đậm');
  });

  it('reports italic a)/b) points and wrong heading sizes', () => {
    const italic = { text: 'a) Kết quả đạt được:', run: { ...ND30_BODY.runDefaults, italic: true } };
    const big = { ...ND30_HEADING, runDefaults: { ...ND30_HEADING.runDefaults, sizePt: 16 } };
    const found = run(formatHeadings, makeContext({ sections: [{ id: 'P1.II.3', paras: [italic, 'Có.'], headingProps: big }] }));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('16 pt'), expect.stringContaining('in nghiêng')]);
  });

  it('accepts "Phần II" alone on its line', () => {
    expect(run(formatHeadings, makeContext({ sections: [{ id: 'P2', heading: 'Phần II' }] }))).toEqual([]);
  });

  it('takes capitals from the caps property too', () => {
    const caps = { ...ND30_PART_HEADING, runDefaults: { ...ND30_PART_HEADING.runDefaults, caps: true } };
    expect(run(formatHeadings, makeContext({ sections: [{ id: 'P2', heading: 'Phần II. Nội dung', headingProps: caps }] }))).toEqual([]);
  });
});
