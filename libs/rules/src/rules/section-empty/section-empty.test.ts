import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { sectionEmpty } from './section-empty.js';

describe('section-empty', () => {
  it('accepts a section with content', () => {
    expect(run(sectionEmpty, makeContext({ sections: [{ id: 'P2.V', paras: ['Giao Sở Khoa học và Công nghệ chủ trì.'] }] }))).toEqual([]);
  });

  it('reports a required section with nothing under its heading', () => {
    const ctx = makeContext({ sections: [{ id: 'P2.V', paras: ['  '] }] });
    expect(run(sectionEmpty, ctx)).toEqual([
      expect.objectContaining({ rule: 'section-empty', severity: 'error', section: 'P2.V', blockId: ctx.outline.sections[0]!.headingBlockId }),
    ]);
  });

  it('leaves guidance-only and placeholder-only sections to their rules', () => {
    const guidance = 'Xác định trách nhiệm triển khai các nhiệm vụ, giải pháp của các cơ quan, tổ chức.';
    expect(run(sectionEmpty, makeContext({ sections: [{ id: 'P2.V', paras: [guidance] }] }))).toEqual([]);
    expect(run(sectionEmpty, makeContext({ sections: [{ id: 'P2.V', paras: ['[...]'] }] }))).toEqual([]);
  });

  it('does not ask content of container sections', () => {
    expect(run(sectionEmpty, makeContext({ sections: [{ id: 'P2.III' }] }))).toEqual([]);
  });
});
