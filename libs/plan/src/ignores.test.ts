import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '@cds/model';
import { IGNORES_PART_KEY, IGNORES_SETTING_KEY, readIgnores, serializeIgnores } from './ignores.js';
import { parseIgnoresXml, serializeIgnoresXml } from './ignores-xml.js';
import type { Ignore } from './schema.js';

const a: Ignore = { rule: 'indicator-target-unquantified', section: 'P2.II.2', blockId: 'b9.r2', reason: 'Chỉ tiêu định tính "A & B" <theo hướng dẫn>', by: 'chuyenvien@tinh.gov.vn', at: '2026-03-01T08:00:00+07:00' };
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
