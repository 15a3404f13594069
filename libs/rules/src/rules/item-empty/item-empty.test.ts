import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { itemEmpty } from './item-empty.js';

const GUIDANCE_7 =
  'Đánh giá các nội dung về cung cấp DVC trực tuyến, phát triển các nền tảng ứng dụng phục vụ quản trị, điều hành, nâng cao năng lực quản trị, điều hành, năng lực thực thi; ứng dụng, triển khai trí tuệ nhân tạo, ...';

function ctxWith(results: string) {
  return makeContext({ sections: [{ id: 'P1.II.7', items: { results, shortcomings: 'Một số hệ thống chưa kết nối.' } }] });
}

describe('item-empty', () => {
  it('accepts real content', () => {
    expect(run(itemEmpty, ctxWith('Cung cấp 1.250 dịch vụ công trực tuyến toàn trình.'))).toEqual([]);
    expect(run(itemEmpty, ctxWith('a) Kết quả đạt được:\nCung cấp 1.250 dịch vụ công trực tuyến.'))).toEqual([]);
  });

  it.each([
    ['', 'để trống'],
    ['[...]', 'chỗ trống'],
    ['[…]', 'chỗ trống'],
    [GUIDANCE_7, 'hướng dẫn'],
    ['a) Kết quả đạt được:', 'tiêu đề'],
    ['Kết quả đạt được:', 'tiêu đề'],
  ])('reports %j', (text, why) => {
    const found = run(itemEmpty, ctxWith(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'item-empty', severity: 'error', section: 'P1.II.7', part: 'results' });
    expect(found[0]!.message).toContain(why);
  });

  it('does not report a missing item (item-missing does)', () => {
    const ctx = makeContext({ sections: [{ id: 'P1.II.7', items: { results: null, shortcomings: 'Có.' } }] });
    expect(run(itemEmpty, ctx)).toEqual([]);
  });
});

describe('item-empty points at the item', () => {
  it('carries the label paragraph of the empty item and its part', () => {
    const ctx = makeContext({
      sections: [{ id: 'P1.II.5', paras: ['a) Kết quả đạt được:', '[...]', 'b) Tồn tại, hạn chế:', 'Chưa có kho dữ liệu dùng chung.'] }],
    });
    const label = ctx.outline.sections[0]!.contentBlockIds[0];
    expect(run(itemEmpty, ctx)).toEqual([expect.objectContaining({ section: 'P1.II.5', part: 'results', blockId: label })]);
  });
});
