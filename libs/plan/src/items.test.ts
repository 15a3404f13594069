import { describe, expect, it } from 'vitest';
import { IdGen, para } from './testing/index.js';
import { getTemplate } from '@cds/template';
import { extractItems as extractWithBlocks, itemStart } from './items.js';

const extractItems = (...a: Parameters<typeof extractWithBlocks>) => {
  const { blocks: _, ...texts } = extractWithBlocks(...a);
  return texts;
};

const t = getTemplate();
const g = new IdGen();
const p = (text: string) => para(g.next(), text);
const auto = (label: string, text: string) => para(g.next(), text, { numbering: { numId: '7', level: 0, label, format: 'lowerLetter' } });

describe('extractItems', () => {
  it('reads typed labels, with content on the label line and below it', () => {
    const r = extractItems(
      [p('a) Kết quả đạt được: Ban hành 5 văn bản.'), p('Hoàn thành 95% nhiệm vụ.'), p('b) Tồn tại, hạn chế:'), p('Thiếu nhân lực.')],
      t.resultItems,
    );
    expect(r).toEqual({ results: 'Ban hành 5 văn bản.\nHoàn thành 95% nhiệm vụ.', shortcomings: 'Thiếu nhân lực.' });
  });

  it('reads automatic a)/b) labels and NFD, upper-case or unaccented titles', () => {
    const r = extractItems(
      [auto('a)', 'KẾT QUẢ ĐẠT ĐƯỢC:'.normalize('NFD')), p('Nội dung a.'), auto('b)', 'Ton tai, han che'), p('Nội dung b.')],
      t.resultItems,
    );
    expect(r).toEqual({ results: 'Nội dung a.', shortcomings: 'Nội dung b.' });
  });

  it('accepts an item title without its letter', () => {
    const r = extractItems([p('Kết quả đạt được:'), p('Nội dung a.'), p('Tồn tại, hạn chế:'), p('Nội dung b.')], t.resultItems);
    expect(r).toEqual({ results: 'Nội dung a.', shortcomings: 'Nội dung b.' });
  });

  it('gives "" for a label with nothing under it and null for an absent item', () => {
    expect(extractItems([p('a) Kết quả đạt được:'), p('   ')], t.resultItems)).toEqual({ results: '', shortcomings: null });
    expect(extractItems([p('Nội dung chung, không chia mục.')], t.resultItems)).toEqual({ results: null, shortcomings: null });
  });

  it('keeps a second "a)" inside an item as content', () => {
    const r = extractItems([p('a) Kết quả đạt được:'), p('a) Về hạ tầng: hoàn thành.'), p('b) Tồn tại, hạn chế: Không có.')], t.resultItems);
    expect(r).toEqual({ results: 'a) Về hạ tầng: hoàn thành.', shortcomings: 'Không có.' });
  });
});

describe('extractItems: where the items are', () => {
  it('gives each item its label paragraph and content blocks, tables included', () => {
    const label = p('a) Kết quả đạt được:');
    const body = p('Ban hành 5 văn bản.');
    const tbl = { kind: 'table' as const, id: 'tbl', rows: [] };
    const labelB = p('b) Tồn tại, hạn chế: Thiếu nhân lực.');
    const r = extractWithBlocks([p('Mở đầu chung.'), label, body, tbl, labelB], t.resultItems);
    expect(r.blocks.results).toEqual({ blockId: label.id, labelBlockId: label.id, contentBlockIds: [body.id, 'tbl'], controlId: null });
    expect(r.blocks.shortcomings).toEqual({ blockId: labelB.id, labelBlockId: labelB.id, contentBlockIds: [], controlId: null });
    expect(extractWithBlocks([p('Không chia mục.')], t.resultItems).blocks).toEqual({ results: null, shortcomings: null });
  });
});

describe('itemStart: labels as offices type them', () => {
  const part = (text: string) => itemStart(p(text), t.resultItems);
  it.each([
    ['a. Kết quả đạt được:', 'results', ''],
    ['a/ Kết quả đạt được: Ban hành 3 quyết định.', 'results', 'Ban hành 3 quyết định.'],
    ['- Kết quả đạt được:', 'results', ''],
    ['+ Tồn tại, hạn chế: Hạ tầng chưa đồng bộ.', 'shortcomings', 'Hạ tầng chưa đồng bộ.'],
    ['Kết quả đạt được: Ban hành Kế hoạch số 12/KH-UBND.', 'results', 'Ban hành Kế hoạch số 12/KH-UBND.'],
    ['Về kết quả đạt được:', 'results', ''],
    ['Kết quả đạt được năm 2025: Hoàn thành 90% nhiệm vụ.', 'results', 'Hoàn thành 90% nhiệm vụ.'],
    ['b) Khó khăn, vướng mắc:', 'shortcomings', ''],
    ['Tồn tại, hạn chế, khó khăn, vướng mắc: Kinh phí còn hạn chế.', 'shortcomings', 'Kinh phí còn hạn chế.'],
    ['Hạn chế: Nhân lực mỏng.', 'shortcomings', 'Nhân lực mỏng.'],
    ['KẾT QUẢ ĐẠT ĐƯỢC', 'results', ''],
  ])('"%s" opens %s', (text, expected, rest) => {
    expect(part(text)).toEqual({ part: expected, rest });
  });

  it.each([
    'Kết quả đạt được cho thấy tỉnh đã hoàn thành nhiều nhiệm vụ trọng tâm trong năm.',
    'Kết quả khảo sát năm 2025 cho thấy mức độ hài lòng đạt 90%.',
    'Hạn chế lớn nhất là nhân lực.',
    'c) Kết quả đạt được:',
  ])('"%s" is content, not a label', (text) => {
    expect(part(text)).toBeNull();
  });
});
