import type { Indicator, PlanData, Task } from '@cds/plan';

/**
 * A synthetic PlanData as the add-in would sync it, padded to roughly `bytes` of
 * JSON with more indicator and task rows. For draft-sync tests and the benchmark.
 */
export function syntheticPlan(bytes = 4_000, seed = 'a'): PlanData {
  const indicator = (i: number): Indicator => ({
    blockId: `ind-${seed}-${i}`,
    code: i % 3 === 0 ? 'NQ03-11.1' : null,
    parentCode: null,
    name: `Tỉ lệ dịch vụ công trực tuyến toàn trình số ${i}`,
    unit: '%',
    target2026: '85%',
    target2026Value: 85,
    target2030: '100%',
    target2030Value: 100,
    method: 'Số hồ sơ trực tuyến / tổng số hồ sơ',
    measurement: 'Báo cáo quý của Sở',
    lead: 'Sở Khoa học và Công nghệ',
    deadline: '31/12/2026',
    resources: 'Ngân sách tỉnh',
  });
  const task = (i: number): Task => ({
    blockId: `task-${seed}-${i}`,
    section: 'P2.VI',
    name: `Xây dựng nền tảng dữ liệu dùng chung giai đoạn ${i}`,
    expectedResult: 'Nền tảng vận hành, kết nối 100% sở, ngành',
    effectiveness: 'Giảm 30% thời gian xử lý hồ sơ',
    deadline: 'Quý IV/2026',
    implementingUnit: 'Sở Khoa học và Công nghệ',
    fundingSource: 'Ngân sách nhà nước',
    amount: '1.250 triệu đồng',
    amountVnd: 1_250_000_000,
  });
  const plan: PlanData = {
    templateVersion: 'mst-2026',
    agency: { name: 'Thành phố Hà Nội', kind: 'province' },
    sections: [
      { id: 'P1', heading: 'Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025', blockId: `s-${seed}-1`, text: '' },
      { id: 'P2', heading: 'Phần II. NỘI DUNG KẾ HOẠCH NĂM 2026', blockId: `s-${seed}-2`, text: '' },
    ],
    indicators: [],
    tasks: [],
    projects2025: [],
    ignores: [],
  };
  let i = 0;
  while (JSON.stringify(plan).length < bytes) {
    plan.indicators.push(indicator(i));
    plan.tasks.push(task(i));
    i++;
  }
  return plan;
}
