import { describe, expect, it } from 'vitest';
import { encodeLegacy } from './convert.js';
import { detectLegacyEncoding } from './detect.js';

const VIETNAMESE = [
  'Kế hoạch chuyển đổi số năm 2026 của tỉnh Cao Bằng.',
  'Tỷ lệ hồ sơ giải quyết thủ tục hành chính được số hóa, cấp kết quả điện tử đạt 100%.',
  'Nâng cao nhận thức, tuyên truyền, truyền thông và các giải pháp khác đẩy mạnh chuyển đổi số.',
  'Xác định nội dung, dự kiến kết quả, thời gian, đơn vị thực hiện cụ thể.',
];

describe('detectLegacyEncoding', () => {
  it.each(VIETNAMESE)('recognises TCVN3 text: %s', (s) => {
    expect(detectLegacyEncoding(encodeLegacy(s, 'tcvn3'))).toBe('tcvn3');
  });

  it.each(VIETNAMESE)('recognises VNI text: %s', (s) => {
    expect(detectLegacyEncoding(encodeLegacy(s, 'vni'))).toBe('vni');
  });

  it('recognises the literal samples', () => {
    expect(detectLegacyEncoding('KÕ ho¹ch chuyÓn ®æi sè')).toBe('tcvn3');
    expect(detectLegacyEncoding('Keá hoaïch chuyeån ñoåi soá')).toBe('vni');
  });

  it.each([
    ...VIETNAMESE,
    ...VIETNAMESE.map((s) => s.normalize('NFD')),
    'Digital transformation plan for 2026, version 1.2 (draft).',
    'Für die Übersetzung müssen wir früh beginnen.',
    'Noël, naïve garçon à côté de la forêt où l’été se passe.',
    'São Paulo, Curaçao, Ångström, Øresund',
    '© 2026 Bộ Khoa học và Công nghệ',
    '',
  ])('never flags %j', (s) => {
    expect(detectLegacyEncoding(s)).toBeNull();
  });
});
