import { describe, expect, it } from 'vitest';
import { agencies, agencyByCode, AgencySchema } from './agencies.js';

describe('agencies', () => {
  it('lists 34 provinces (6 centrally-run cities) and 22 central agencies, all valid', () => {
    for (const a of agencies) AgencySchema.parse(a);
    const provinces = agencies.filter((a) => a.kind === 'province');
    expect(provinces).toHaveLength(34);
    expect(provinces.filter((a) => a.group === 'city')).toHaveLength(6);
    expect(agencies.filter((a) => a.group === 'ministry')).toHaveLength(14);
    expect(agencies.filter((a) => a.group === 'ministryLevel')).toHaveLength(3);
    expect(agencies.filter((a) => a.group === 'governmentAgency')).toHaveLength(5);
    expect(new Set(agencies.map((a) => a.code)).size).toBe(agencies.length);
  });

  it('uses the official province codes and the header names plans print', () => {
    expect(agencyByCode('46')).toMatchObject({ name: 'Thành phố Huế', headerName: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ' });
    expect(agencyByCode('04')).toMatchObject({ name: 'Tỉnh Cao Bằng', headerName: 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG' });
    expect(agencyByCode('BO-KHCN')).toMatchObject({ kind: 'central', headerName: 'BỘ KHOA HỌC VÀ CÔNG NGHỆ' });
  });
});
