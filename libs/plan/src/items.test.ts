import { describe, expect, it } from 'vitest';
import { IdGen, para } from '@cds/testing';
import { getTemplate } from '@cds/template';
import { extractItems } from './items.js';

const t = getTemplate();
const g = new IdGen();
const p = (text: string) => para(g.next(), text);
const auto = (label: string, text: string) => para(g.next(), text, { numbering: { numId: '7', level: 0, label, format: 'lowerLetter' } });

describe('extractItems', () => {
  it('reads typed labels, with content on the label line and below it', () => {
    const r = extractItems([p('a) Kết quả đạt được: Ban hành 5 văn bản.'), p('Hoàn thành 95% nhiệm vụ.'), p('b) Tồn tại, hạn chế:'), p('Thiếu nhân lực.')], t.resultItems);
    expect(r).toEqual({ results: 'Ban hành 5 văn bản.\nHoàn thành 95% nhiệm vụ.', shortcomings: 'Thiếu nhân lực.' });
  });

  it('reads automatic a)/b) labels and NFD, upper-case or unaccented titles', () => {
    const r = extractItems([auto('a)', 'KẾT QUẢ ĐẠT ĐƯỢC:'.normalize('NFD')), p('Nội dung a.'), auto('b)', 'Ton tai, han che'), p('Nội dung b.')], t.resultItems);
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
