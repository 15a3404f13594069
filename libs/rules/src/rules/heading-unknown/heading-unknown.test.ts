import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { headingUnknown } from './heading-unknown.js';

describe('heading-unknown', () => {
  it('says nothing when every heading is known', () => {
    expect(run(headingUnknown, makeContext({ sections: [{ id: 'P2.V', paras: ['x'] }] }))).toEqual([]);
  });

  it('notes an unknown heading and the section its text is counted in', () => {
    const ctx = makeContext({ sections: [{ id: 'P2.V', paras: ['VII. KIẾN NGHỊ, ĐỀ XUẤT', 'Đề nghị Bộ hỗ trợ.'] }] });
    const blockId = ctx.outline.sections[0]!.contentBlockIds[0]!;
    ctx.outline.unknownHeadings.push({ blockId, text: 'VII. KIẾN NGHỊ, ĐỀ XUẤT' });
    expect(run(headingUnknown, ctx)).toEqual([
      expect.objectContaining({ rule: 'heading-unknown', severity: 'info', section: 'P2.V', blockId, message: expect.stringContaining('KIẾN NGHỊ') }),
    ]);
  });
});
