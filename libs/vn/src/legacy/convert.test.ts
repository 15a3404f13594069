import { describe, expect, it } from 'vitest';
import { convertLegacy, encodeLegacy } from './convert.js';

const SENTENCES = [
  'Kế hoạch chuyển đổi số năm 2026 của tỉnh.',
  'Tăng cường công tác lãnh đạo, chỉ đạo, điều hành; kiểm tra, giám sát hoạt động chuyển đổi số.',
  'Tỷ lệ dịch vụ công trực tuyến toàn trình đạt tối thiểu 90%, người dân được hưởng lợi.',
  'Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành.',
  'Bảo đảm an toàn thông tin mạng; ứng dụng trí tuệ nhân tạo, dữ liệu lớn, điện toán đám mây.',
  'KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026',
  '- Ủy ban nhân dân các xã, phường triển khai. + Ở cấp tỉnh: hoàn thành.',
  'PHẦN II. NỘI DUNG KẾ HOẠCH NĂM 2026',
  'Đơn vị thực hiện: Sở Khoa học và Công nghệ; thời gian: Quý IV/2026. Ủy ban nhân dân tỉnh chỉ đạo.',
];

describe('convertLegacy', () => {
  it.each(SENTENCES)('round-trips TCVN3: %s', (s) => {
    const legacy = encodeLegacy(s, 'tcvn3');
    expect(legacy).not.toBe(s);
    expect(convertLegacy(legacy, 'tcvn3')).toBe(s);
  });

  it.each(SENTENCES)('round-trips VNI: %s', (s) => {
    const legacy = encodeLegacy(s, 'vni');
    expect(legacy).not.toBe(s);
    expect(convertLegacy(legacy, 'vni')).toBe(s);
  });

  it('converts known TCVN3 strings', () => {
    expect(convertLegacy('KÕ ho¹ch chuyÓn ®æi sè', 'tcvn3')).toBe('Kế hoạch chuyển đổi số');
    expect(convertLegacy('B¶o Th¾ng, M­êng Kh­¬ng, B¸t X¸t', 'tcvn3')).toBe('Bảo Thắng, Mường Khương, Bát Xát');
    expect(convertLegacy('§¶ng bé tØnh', 'tcvn3')).toBe('Đảng bộ tỉnh');
  });

  it('capitalises toned TCVN3 codes inside capitalised words and in an uppercase font', () => {
    expect(convertLegacy('KÕ HO¹CH', 'tcvn3')).toBe('KẾ HOẠCH');
    expect(convertLegacy('ñy ban', 'tcvn3', { upperFont: true })).toBe('ỦY BAN');
  });

  it('cannot tell a capital toned letter mid-sentence without the font (TCVN3 has no code for it)', () => {
    expect(convertLegacy(encodeLegacy('Văn phòng Ủy ban', 'tcvn3'), 'tcvn3')).toBe('Văn phòng ủy ban');
    expect(convertLegacy(encodeLegacy('Văn phòng Ủy ban', 'vni'), 'vni')).toBe('Văn phòng Ủy ban');
  });

  it('converts known VNI strings', () => {
    expect(convertLegacy('Keá hoaïch chuyeån ñoåi soá', 'vni')).toBe('Kế hoạch chuyển đổi số');
    expect(convertLegacy('Xin chaøo caùc baïn', 'vni')).toBe('Xin chào các bạn');
    expect(convertLegacy('ÑOÀNG THAÙP', 'vni')).toBe('ĐỒNG THÁP');
  });

  it('leaves ASCII alone', () => {
    expect(convertLegacy('Plan 2026: 95%', 'tcvn3')).toBe('Plan 2026: 95%');
    expect(convertLegacy('Plan 2026: 95%', 'vni')).toBe('Plan 2026: 95%');
  });
});
