import type { IndicatorRow, RealPlan, TaskRow } from './build-plan.js';

/**
 * The real-text corpus: plans built from public plans' text (sources.ts), each typed
 * the way one office types it. Clean plans must give no error; each defective plan
 * names the findings it must give, in their sections.
 */

const I = (r: Omit<IndicatorRow, 'source'> & { source?: IndicatorRow['source'] }): IndicatorRow => ({ source: 'giaLaiTargets', ...r });
const T = (r: Omit<TaskRow, 'source'> & { source?: TaskRow['source'] }): TaskRow => ({ source: 'dakLakDay', ...r });

/** Indicators of the provincial plans (targets as in Gia Lai's and Đắk Nông's plans). */
const PROVINCE_INDICATORS: IndicatorRow[] = [
  I({
    name: 'Tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện được cung cấp trên nhiều phương tiện truy cập',
    unit: '%',
    target2026: '100%',
    target2030: '100%',
    method: 'Số dịch vụ công trực tuyến toàn trình / tổng số dịch vụ đủ điều kiện × 100%',
    measurement: 'Thống kê trên Cổng dịch vụ công, hằng quý',
    lead: 'Văn phòng UBND tỉnh',
    deadline: 'Quý IV/2026',
    resources: 'Ngân sách tỉnh',
    expect: { target2026Value: 100, target2030Value: 100 },
  }),
  I({
    name: 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến',
    unit: '%',
    target2026: 'Tối thiểu 80%',
    target2030: '≥ 90%',
    method: 'Số hồ sơ nộp trực tuyến / tổng số hồ sơ × 100%',
    measurement: 'Hệ thống thông tin giải quyết thủ tục hành chính',
    lead: 'Văn phòng UBND tỉnh',
    deadline: 'Quý I-IV/2026',
    resources: 'Ngân sách tỉnh',
    expect: { target2026Value: 80, target2030Value: 90 },
  }),
  I({
    name: 'Tỷ lệ hộ gia đình có truy nhập Internet băng rộng cáp quang',
    unit: '%',
    target2026: '75%',
    target2030: '100%',
    method: 'Số hộ có cáp quang / tổng số hộ × 100%',
    measurement: 'Số liệu của doanh nghiệp viễn thông, 6 tháng một lần',
    lead: 'Sở Khoa học và Công nghệ',
    deadline: '31/12/2026',
    resources: 'Doanh nghiệp viễn thông',
    expect: { target2026Value: 75, target2030Value: 100 },
    source: 'tuyenQuangInfra',
  }),
  I({
    name: 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số',
    unit: '%',
    target2026: '30%',
    target2030: '50%',
    method: 'Số doanh nghiệp nhỏ và vừa dùng nền tảng số / tổng số × 100%',
    measurement: 'Khảo sát của Sở Công Thương',
    lead: 'Sở Công Thương',
    deadline: 'Trước 30/6/2026',
    resources: 'Xã hội hóa',
    expect: { target2026Value: 30, target2030Value: 50 },
  }),
  I({
    name: 'Số cơ sở dữ liệu chuyên ngành kết nối Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh',
    unit: 'Cơ sở dữ liệu',
    target2026: '20',
    target2030: '35',
    method: 'Đếm số cơ sở dữ liệu đã kết nối',
    measurement: 'Báo cáo của Trung tâm dữ liệu tỉnh',
    lead: 'Sở Khoa học và Công nghệ',
    deadline: 'Năm 2026',
    resources: 'Ngân sách tỉnh',
    expect: { target2026Value: 20, target2030Value: 35 },
    source: 'dakLakInfra',
  }),
];

/** Tasks of the provincial plans (named in Đắk Lắk's and Bà Rịa – Vũng Tàu's texts; amounts are the builders' own). */
const PROVINCE_TASKS: TaskRow[] = [
  T({
    name: 'Dự án hạ tầng chuyển đổi số kết nối từ tỉnh đến xã, phường',
    expectedResult: 'Hạ tầng vận hành tại 100% xã, phường',
    effectiveness: 'Kết nối đồng bộ, giảm chi phí thuê kênh',
    deadline: 'Quý IV/2026',
    unit: 'Sở Khoa học và Công nghệ',
    fundingSource: 'Ngân sách tỉnh',
    amount: '25.000',
    expectVnd: 25_000_000_000,
  }),
  T({
    name: 'Nâng cấp Trung tâm giám sát, điều hành thông minh (IOC)',
    expectedResult: 'IOC tích hợp thêm 10 lĩnh vực',
    effectiveness: 'Điều hành dựa trên dữ liệu',
    deadline: 'Quý I-IV/2026',
    unit: 'Sở Khoa học và Công nghệ',
    fundingSource: 'Ngân sách tỉnh',
    amount: '8.500',
    expectVnd: 8_500_000_000,
    source: 'dakLakInfra',
  }),
  T({
    name: 'Hoàn thiện hệ thống thông tin báo cáo và chỉ số điều hành của tỉnh',
    expectedResult: 'Hệ thống kết nối Hệ thống thông tin báo cáo Chính phủ',
    effectiveness: 'Giảm báo cáo giấy',
    deadline: 'Trước 30/6/2026',
    unit: 'Văn phòng UBND tỉnh',
    fundingSource: 'Ngân sách tỉnh',
    amount: '1.250',
    expectVnd: 1_250_000_000,
    source: 'baRiaDirection',
  }),
  T({
    name: 'Triển khai phong trào "Bình dân học vụ số"',
    expectedResult: '100% cán bộ cấp xã được bồi dưỡng kỹ năng số',
    effectiveness: 'Nâng cao kỹ năng số của người dân',
    deadline: 'Năm 2026',
    unit: 'Sở Nội vụ',
    fundingSource: 'Ngân sách tỉnh, xã hội hóa',
    amount: '600',
    expectVnd: 600_000_000,
  }),
];

/** A ministry's indicators and tasks (MST's 2025 report). */
const CENTRAL_INDICATORS: IndicatorRow[] = [
  I({
    name: 'Tỷ lệ hồ sơ công việc tại Bộ được xử lý trên môi trường mạng',
    unit: '%',
    target2026: '100%',
    target2030: '100%',
    method: 'Số hồ sơ xử lý trên môi trường mạng / tổng số hồ sơ × 100%',
    measurement: 'Hệ thống quản lý văn bản và điều hành',
    lead: 'Văn phòng Bộ',
    deadline: 'Quý IV/2026',
    resources: 'Ngân sách trung ương',
    expect: { target2026Value: 100, target2030Value: 100 },
    source: 'mst2025',
  }),
  I({
    name: 'Số cơ sở dữ liệu chuyên ngành kết nối Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)',
    unit: 'Cơ sở dữ liệu',
    target2026: '12',
    target2030: '20',
    method: 'Đếm số cơ sở dữ liệu kết nối NDXP',
    measurement: 'Hệ thống giám sát EMC',
    lead: 'Cục Chuyển đổi số',
    deadline: '31/12/2026',
    resources: 'Ngân sách trung ương',
    expect: { target2026Value: 12, target2030Value: 20 },
    source: 'mst2025',
  }),
  I({
    name: 'Tỷ lệ đơn vị trực thuộc được đánh giá mức độ chuyển đổi số',
    unit: '%',
    target2026: '≥ 90%',
    target2030: '100%',
    method: 'Số đơn vị được đánh giá / tổng số đơn vị × 100%',
    measurement: 'Bộ chỉ số DTI cấp bộ',
    lead: 'Cục Chuyển đổi số',
    deadline: 'Quý III/2026',
    resources: 'Ngân sách trung ương',
    expect: { target2026Value: 90, target2030Value: 100 },
    source: 'mst2025',
  }),
];
const CENTRAL_TASKS: TaskRow[] = [
  T({
    name: 'Vận hành Hệ thống giám sát, đo lường dịch vụ chính phủ số (EMC)',
    expectedResult: 'Giám sát 100% dịch vụ của Bộ',
    effectiveness: 'Phát hiện sớm sự cố',
    deadline: 'Năm 2026',
    unit: 'Cục Chuyển đổi số',
    fundingSource: 'Ngân sách trung ương',
    amount: '3.200',
    expectVnd: 3_200_000_000,
    source: 'mst2025',
  }),
  T({
    name: 'Tập huấn chuyển đổi số cho cán bộ các đơn vị trực thuộc',
    expectedResult: '03 hội nghị tập huấn',
    effectiveness: 'Nâng cao năng lực số',
    deadline: 'Quý II/2026',
    unit: 'Vụ Tổ chức cán bộ',
    fundingSource: 'Ngân sách trung ương',
    amount: '450',
    expectVnd: 450_000_000,
    source: 'mst2025',
  }),
];

const province = (id: string, short: string, city: string, style: RealPlan['style'], over: Partial<RealPlan> = {}): RealPlan => ({
  id,
  header: ['ỦY BAN NHÂN DÂN', `TỈNH ${short.toUpperCase()}`],
  kind: 'province',
  place: `tỉnh ${short}`,
  city: short,
  style,
  indicators: PROVINCE_INDICATORS,
  tasks: PROVINCE_TASKS,
  ...over,
});

/** A finding a defective plan must give: rule, section (null = whole document) and, for a)/b), the part. */
export interface ExpectedFinding {
  rule: string;
  section: string | null;
  part?: 'results' | 'shortcomings';
}

export interface CorpusEntry {
  plan: RealPlan;
  /** How the .docx is produced: our writer, or our writer then a LibreOffice re-save. */
  via: 'writer' | 'libreoffice';
  /** Empty for a clean plan. */
  defects: ExpectedFinding[];
  /** The signed-in agency's code, when the entry checks it. */
  agencyCode?: string;
  /** Tracked changes to add to the file (insertions, deletions). */
  tracked?: { insertions: number; deletions: number };
  /** Fields whose column is planted unreadable: extraction must give "" for them. */
  unreadColumns?: string[];
  /** Changes to the built model before it is written (the planted defects). */
  edit?: (plan: RealPlan) => RealPlan;
}

const withTexts = (p: RealPlan, texts: RealPlan['texts']): RealPlan => ({ ...p, texts: { ...p.texts, ...texts } });

export const CORPUS: CorpusEntry[] = [
  // Typed numbering, "a) Kết quả đạt được", template table headers: the form MST's framework prints.
  { plan: province('tq', 'Tuyên Quang', 'Tuyên Quang', { items: 'standard', bases: 'can-cu' }), via: 'writer', defects: [] },
  // "a. Kết quả đạt được: …" run in, legal bases as a dash list, the indicator table's two-row merged header worded by meaning.
  {
    plan: province('dl', 'Đắk Lắk', 'Đắk Lắk', { items: 'dot', bases: 'dash', indicatorHeader: 'merged', taskHeader: 'merged' }),
    via: 'libreoffice',
    defects: [],
  },
  // Word's automatic numbering, run-in solutions, the caption "Đơn vị tính: triệu đồng", re-saved by LibreOffice.
  {
    plan: province('bn', 'Bắc Ninh', 'Bắc Ninh', { numbering: 'automatic', runInSolutions: true, taskHeader: 'caption', titleStyle: true }),
    via: 'libreoffice',
    defects: [],
  },
  // Pasted from a web page: NFD text, labels without a letter ("Kết quả đạt được: …", "Khó khăn, vướng mắc: …").
  { plan: province('gl', 'Gia Lai', 'Gia Lai', { nfd: true, items: 'bare', taskHeader: 'merged' }), via: 'writer', defects: [] },
  // A ministry: "- Kết quả đạt được:" labels, tables in annexes after the signature block, Title-styled "KẾ HOẠCH".
  {
    plan: {
      id: 'byt',
      header: ['BỘ Y TẾ'],
      kind: 'central',
      place: 'Bộ Y tế',
      city: 'Hà Nội',
      style: { items: 'dash', annexTables: true, titleStyle: true },
      indicators: CENTRAL_INDICATORS,
      tasks: CENTRAL_TASKS,
      areas: {
        'P2.III.3': [
          {
            text: 'Nâng cấp hạ tầng mạng, máy chủ cho 100% đơn vị trực thuộc Bộ; Cục Chuyển đổi số chủ trì; thời gian: Quý III/2026; kết quả: các đơn vị trực thuộc kết nối mạng truyền số liệu chuyên dùng.',
            source: 'mst2025',
          },
        ],
      },
    },
    via: 'libreoffice',
    defects: [],
  },
  // Headings typed with small differences and a typo, as drafters retype them.
  {
    plan: province('ld', 'Lâm Đồng', 'Lâm Đồng', {
      items: 'standard',
      headingTitles: {
        'P2.III.3': 'Phát triển hạ tầng số',
        'P1.II.4': 'Công tác bồi dưỡng, phát triển nguồn nhân lực',
        'P2.IV.5': 'Bảo đảm nguồn lực tài chính',
        'P2.VI': 'DANH MỤC CÁC NHIỆM VỤ, DỰ ÁN TRỌNG TÂM',
      },
    }),
    via: 'writer',
    defects: [],
  },
  // Defects a reviewer finds: a wrong resolution number, a missing b), an unquantified target, unaccepted tracked changes.
  {
    plan: province('tq-bad', 'Tuyên Quang', 'Tuyên Quang', { items: 'standard' }),
    via: 'writer',
    tracked: { insertions: 1, deletions: 1 },
    edit: (p) => ({
      ...p,
      bases: BASES_WITH_03_WRONG,
      results: {
        'P1.II.5': { results: [{ text: 'Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh được kết nối với NDXP.', source: 'dakLakInfra' }], shortcomings: [] },
      },
      indicators: p.indicators.map((r, i) => (i === 3 ? { ...r, target2026: 'Nâng cao', expect: { ...r.expect, target2026Value: null } } : r)),
    }),
    defects: [
      { rule: 'legal-basis-wrong-number', section: 'P2.I' },
      { rule: 'item-missing', section: 'P1.II.5', part: 'shortcomings' },
      { rule: 'indicator-target-unquantified', section: 'P2.II.2' },
      { rule: 'tracked-changes', section: null },
    ],
  },
  // Another agency's plan submitted, a column the reader cannot map, an impossible quarter.
  {
    plan: province('dl-bad', 'Đắk Lắk', 'Đắk Lắk', { items: 'dot', indicatorHeader: 'merged', headerWords: { 'Nguồn lực bảo đảm': 'Ghi chú' } }),
    via: 'libreoffice',
    agencyCode: '04',
    unreadColumns: ['resources'],
    edit: (p) => ({ ...p, tasks: p.tasks.map((r, i) => (i === 1 ? { ...r, deadline: 'Quý V/2026' } : r)) }),
    defects: [
      { rule: 'agency-mismatch', section: null },
      { rule: 'task-deadline-invalid', section: 'P2.VI' },
      { rule: 'table-column-missing', section: 'P2.II.2' },
    ],
  },
  // Left unfinished: a section dropped, a "[...]" placeholder in an item, an amount that does not parse.
  {
    plan: province('gl-bad', 'Gia Lai', 'Gia Lai', { nfd: true, items: 'bare' }),
    via: 'writer',
    edit: (p) =>
      withTexts(
        {
          ...p,
          results: { 'P1.II.7': { results: [{ text: '[...]', source: 'own' }], shortcomings: RESULTS_P1II7_SHORT } },
          tasks: p.tasks.map((r, i) => (i === 0 ? { ...r, amount: 'khoảng vài tỷ', expectVnd: null } : r)),
        },
        { 'P2.V': [] },
      ),
    defects: [
      { rule: 'item-empty', section: 'P1.II.7', part: 'results' },
      { rule: 'section-empty', section: 'P2.V' },
      { rule: 'task-amount-unparsed', section: 'P2.VI' },
    ],
  },
];

const RESULTS_P1II7_SHORT = [{ text: 'Chưa có ứng dụng trí tuệ nhân tạo phục vụ người dân, doanh nghiệp.', source: 'giaLaiDti' as const }];

/** The bases with Nghị quyết 03/NQ-CP cited as "03-NQ/CP" (the way it was miswritten in a real plan). */
const BASES_WITH_03_WRONG = [
  {
    text: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    source: 'dakLak2026' as const,
  },
  {
    text: 'Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW;',
    source: 'dakLak2026' as const,
  },
  { text: 'Nghị quyết số 03-NQ/CP ngày 09/01/2025 của Chính phủ về công tác chuyển đổi số;', source: 'own' as const },
];
