import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { guidanceLeft } from './guidance-left.js';

const AREA = 'Xác định nội dung, dự kiến kết quả, thời gian, đơn vị thực hiện cụ thể; yêu cầu bám sát văn bản hướng dẫn.';
const IV = 'Xác định các giải pháp để thực hiện hiệu quả các nhiệm vụ kế hoạch đề ra, trong đó, có một số giải pháp điển hình như:';

describe('guidance-left', () => {
  it('accepts sections without guidance', () => {
    expect(run(guidanceLeft, makeContext({ sections: [{ id: 'P2.III.4', paras: ['- Nội dung: bồi dưỡng 500 cán bộ.'] }] }))).toEqual([]);
  });

  it('is an error when guidance is all a leaf section holds', () => {
    const found = run(guidanceLeft, makeContext({ sections: [{ id: 'P2.III.4', paras: [AREA] }] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'guidance-left', severity: 'error', section: 'P2.III.4' });
  });

  it('is a warning when the section has its own content too', () => {
    const found = run(guidanceLeft, makeContext({ sections: [{ id: 'P2.III.4', paras: [AREA, '- Nội dung: bồi dưỡng 500 cán bộ.'] }] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning' });
    expect(found[0]!.message).toContain('để nguyên văn bản hướng dẫn');
  });

  it('finds guidance typed in NFD, in capitals, or partly kept', () => {
    for (const text of [AREA.normalize('NFD'), AREA.toUpperCase(), AREA.slice(0, 60)])
      expect(run(guidanceLeft, makeContext({ sections: [{ id: 'P2.III.4', paras: [text] }] }))).toHaveLength(1);
  });

  it('only warns in a section whose subsections carry the content', () => {
    const found = run(guidanceLeft, makeContext({ sections: [{ id: 'P2.IV', paras: [IV] }] }));
    expect(found[0]).toMatchObject({ severity: 'warning', section: 'P2.IV' });
  });
});
