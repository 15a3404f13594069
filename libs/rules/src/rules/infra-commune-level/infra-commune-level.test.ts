import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test-support/context.js';
import { run } from '../../test-support/run.js';
import { infraCommuneLevel } from './infra-commune-level.js';

const PROVINCE = 'Phát triển hạ tầng số đồng bộ đến cấp xã, phường; 100% xã kết nối mạng truyền số liệu chuyên dùng.';
const CENTRAL = 'Nâng cấp hạ tầng số tới các đơn vị trực thuộc Bộ.';
const GENERIC = 'Nâng cấp trung tâm dữ liệu, đường truyền của tỉnh.';
const ctx = (kind: 'province' | 'central' | null, text: string) => makeContext({ agencyKind: kind, sections: [{ id: 'P2.III.3', paras: [text] }] });

describe('infra-commune-level', () => {
  it('accepts a province reaching communes and a ministry reaching its units', () => {
    expect(run(infraCommuneLevel, ctx('province', PROVINCE))).toEqual([]);
    expect(run(infraCommuneLevel, ctx('central', CENTRAL))).toEqual([]);
  });

  it('reports a province plan that stops above commune level', () => {
    expect(run(infraCommuneLevel, ctx('province', GENERIC))).toEqual([
      expect.objectContaining({ rule: 'infra-commune-level', severity: 'error', section: 'P2.III.3' }),
    ]);
  });

  it('reports a ministry plan that does not reach affiliated units', () => {
    const [f] = run(infraCommuneLevel, ctx('central', PROVINCE.replace('đến cấp xã, phường; 100% xã', 'cho cơ quan Bộ;')));
    expect(f!.message).toContain('đơn vị trực thuộc');
  });

  it('is not fooled by "xã hội", "địa phương" or "các đơn vị liên quan"', () => {
    const text = 'Phát triển hạ tầng số phục vụ kinh tế số, xã hội số của địa phương; phối hợp với các đơn vị liên quan.';
    expect(run(infraCommuneLevel, ctx('province', text))).toHaveLength(1);
    expect(run(infraCommuneLevel, ctx('central', text))).toHaveLength(1);
  });

  it('does not count the guidance, and skips when the kind is unknown', () => {
    const guidance =
      'Xác định nội dung phát triển hạ tầng số cụ thể tới cấp phường, xã đối với các tỉnh; tới cấp đơn vị trực thuộc đối với cấp Bộ, trong đó ưu tiên xây dựng, sử dụng hạ tầng số dùng chung trên cơ sở xác định đúng, đủ, đáp ứng yêu cầu đặt ra.';
    const c = makeContext({ agencyKind: 'province', sections: [{ id: 'P2.III.3', paras: [guidance, GENERIC] }] });
    expect(run(infraCommuneLevel, c)).toHaveLength(1);
    expect(run(infraCommuneLevel, ctx(null, GENERIC))).toEqual([]);
  });
});
