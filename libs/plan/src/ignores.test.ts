import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '@cds/model';
import { IGNORES_PART_KEY, IGNORES_SETTING_KEY, readIgnores, serializeIgnores } from './ignores.js';
import { growthRatio, LINEAR_RATIO } from './testing/index.js';
import { MAX_IGNORES_ELEMENTS, MAX_IGNORES_XML_CHARS, parseIgnoresXml, serializeIgnoresXml } from './ignores-xml.js';
import type { Ignore } from './schema.js';

const a: Ignore = {
  rule: 'indicator-target-unquantified',
  section: 'P2.II.2',
  blockId: 'b9.r2',
  reason: 'Chỉ tiêu định tính "A & B" <theo hướng dẫn>',
  by: 'chuyenvien@tinh.gov.vn',
  at: '2026-03-01T08:00:00+07:00',
};
const b: Ignore = { rule: 'format-margins', section: null, blockId: null, reason: 'Theo mẫu của tỉnh' };
const doc = (extra: Partial<DocumentModel>): DocumentModel => ({ body: [], sections: [], defaults: {}, ...extra });

describe('ignores stored in the document', () => {
  it('round-trips through the JSON setting and the XML part, escaping included', () => {
    expect(readIgnores(doc({ settings: { [IGNORES_SETTING_KEY]: serializeIgnores([a, b]) } }))).toEqual([a, b]);
    expect(parseIgnoresXml(serializeIgnoresXml([a, b]))).toEqual([a, b]);
    expect(readIgnores(doc({ customParts: { [IGNORES_PART_KEY]: serializeIgnoresXml([b]) } }))).toEqual([b]);
  });

  it('merges both places without duplicates and drops entries without a rule or reason', () => {
    const open = '<ignores xmlns="urn:cds:ignores">';
    const xml = serializeIgnoresXml([a]).replace(open, `${open}<ignore rule="R1"/><ignore reason="Không có mã quy tắc"/>`);
    const d = doc({ settings: { [IGNORES_SETTING_KEY]: serializeIgnores([a]) }, customParts: { [IGNORES_PART_KEY]: xml } });
    expect(readIgnores(d)).toEqual([a]);
  });
});

describe('the ignores part, read with an XML parser', () => {
  const wrap = (inner: string) => `<ignores xmlns="urn:cds:ignores">${inner}</ignores>`;

  it('reads only <ignore> elements: not <ignore-x>, not another namespace prefix', () => {
    const xml = wrap('<ignore-x rule="R" section="P1">lý do</ignore-x><x:ignore xmlns:x="urn:other" rule="R">lý do</x:ignore><ignore rule="R2">Đúng</ignore>');
    expect(parseIgnoresXml(xml).map((i) => i.rule)).toEqual(['R2']);
  });

  it('refuses a part with a DOCTYPE (no entity definitions), and reads nothing past a well-formedness error', () => {
    expect(parseIgnoresXml(`<!DOCTYPE ignores [<!ENTITY x "lol">]>${wrap('<ignore rule="R">&x;</ignore>')}`)).toEqual([]);
    expect(parseIgnoresXml(wrap('<ignore rule="A">Giữ</ignore><ignore rule="B">hỏng</ignor>'))).toEqual([
      { rule: 'A', section: null, blockId: null, reason: 'Giữ' },
    ]);
  });

  it('bounds the part: too large is dropped, elements past the limit are not read', () => {
    expect(parseIgnoresXml(wrap(`<ignore rule="R">${'x'.repeat(MAX_IGNORES_XML_CHARS)}</ignore>`))).toEqual([]);
    const many = wrap('<ignore rule="R">ok</ignore>'.repeat(MAX_IGNORES_ELEMENTS + 50));
    expect(parseIgnoresXml(many)).toHaveLength(MAX_IGNORES_ELEMENTS - 1);
  });

  it('reads hostile parts in linear time (the old pattern was quadratic on unclosed tags)', () => {
    const unclosed = (n: number) => wrap('<ignore rule="R" '.repeat(n / 17));
    const attrs = (n: number) => wrap(`<ignore ${'a="1" '.repeat(n / 6)}`);
    for (const hostile of [unclosed, attrs])
      expect(
        growthRatio((n) => {
          const s = hostile(n);
          return () => parseIgnoresXml(s);
        }, 50_000),
      ).toBeLessThan(LINEAR_RATIO);
  });
});
