import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { taskAreaIncomplete } from './task-area-incomplete.js';

const COMPLETE = [
  '- Nội dung: Triển khai nền tảng số dùng chung của tỉnh.',
  '- Kết quả dự kiến: 100% sở, ngành sử dụng nền tảng.',
  '- Thời gian thực hiện: Quý IV/2026.',
  '- Đơn vị thực hiện: Sở Khoa học và Công nghệ chủ trì.',
];

describe('task-area-incomplete', () => {
  it('accepts an area naming content, result, timeline and unit', () => {
    expect(run(taskAreaIncomplete, makeContext({ sections: [{ id: 'P2.III.5', paras: COMPLETE }] }))).toEqual([]);
  });

  it('lists what an area leaves out', () => {
    const found = run(taskAreaIncomplete, makeContext({ sections: [{ id: 'P2.III.5', paras: ['Tập trung phát triển dữ liệu số của các cơ quan.'] }] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'task-area-incomplete', severity: 'error', section: 'P2.III.5' });
    expect(found[0]!.message).toContain('dự kiến kết quả, thời gian thực hiện');
    expect(found[0]!.message).not.toContain('đơn vị thực hiện');
  });

  it('takes what is missing from the text from the area task rows', () => {
    const ctx = makeContext({
      sections: [{ id: 'P2.III.5', paras: ['Phát triển dữ liệu số.'] }],
      tasks: [{ section: 'P2.III.5', expectedResult: 'Kho dữ liệu', deadline: 'Quý II/2026', implementingUnit: 'Sở Nội vụ' }],
    });
    expect(run(taskAreaIncomplete, ctx)).toEqual([]);
  });

  it('does not count MST guidance as naming anything', () => {
    const guidance = 'Xác định nội dung, dự kiến kết quả, thời gian, đơn vị thực hiện cụ thể; yêu cầu bám sát văn bản hướng dẫn.';
    const found = run(taskAreaIncomplete, makeContext({ sections: [{ id: 'P2.III.5', paras: [guidance, 'Phát triển dữ liệu số.'] }] }));
    expect(found[0]!.message).toContain('dự kiến kết quả');
  });
});
