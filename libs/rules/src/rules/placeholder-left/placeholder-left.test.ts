import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { placeholderLeft } from './placeholder-left.js';

describe('placeholder-left', () => {
  it('accepts text without placeholders', () => {
    const ctx = makeContext({ sections: [{ id: 'P2.I', paras: ['- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; (bản chính).'] }] });
    expect(run(placeholderLeft, ctx)).toEqual([]);
  });

  it.each(['[...]', '- [các Nghị quyết; Kế hoạch; Chỉ thị; ... về chuyển đổi số của Chính phủ]', 'Quyết định số …/QĐ-UBND ngày …/…/2026', 'Số: .../...'])(
    'reports %j',
    (text) => {
      const ctx = makeContext({ sections: [{ id: 'P2.I', paras: ['Căn cứ các văn bản sau:', text] }] });
      const found = run(placeholderLeft, ctx);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: 'placeholder-left', severity: 'error', section: 'P2.I', blockId: ctx.outline.sections[0]!.contentBlockIds[1] });
    },
  );
});

describe('placeholder-left in items and cells', () => {
  it('leaves an item holding only a placeholder to item-empty', () => {
    const ctx = makeContext({ sections: [{ id: 'P1.II.3', paras: ['a) Kết quả đạt được:', '[...]'] }] });
    expect(run(placeholderLeft, ctx)).toEqual([]);
  });

  it('still reports a placeholder inside an item sentence', () => {
    const ctx = makeContext({ sections: [{ id: 'P1.II.3', paras: ['a) Kết quả đạt được:', 'Đã ban hành Kế hoạch số …/KH-UBND ngày …/…/2025.'] }] });
    const found = run(placeholderLeft, ctx);
    expect(found).toEqual([expect.objectContaining({ section: 'P1.II.3', part: 'results', blockId: ctx.outline.sections[0]!.contentBlockIds[1] })]);
  });
});

describe('placeholder-left on an item label line', () => {
  it('leaves "Kết quả đạt được: [...]" to item-empty, but reports a placeholder in a sentence after the label', () => {
    const only = makeContext({ sections: [{ id: 'P1.II.3', paras: ['Kết quả đạt được: [...]', 'Tồn tại, hạn chế: Thiếu nhân lực.'] }] });
    expect(run(placeholderLeft, only)).toEqual([]);
    const sentence = makeContext({ sections: [{ id: 'P1.II.3', paras: ['Kết quả đạt được: Ban hành Kế hoạch ngày …/…/2025.', 'Tồn tại, hạn chế: Không.'] }] });
    expect(run(placeholderLeft, sentence)).toEqual([expect.objectContaining({ part: 'results' })]);
  });
});
