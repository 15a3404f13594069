import type { TableKind, TableSpec } from './types.js';

/**
 * The three structured tables of the 2026 framework. Column `key`s are the field
 * names of @cds/plan's IndicatorSchema / TaskSchema / Project2025Schema; `stt`
 * (the row number) and `code` are read but not required.
 *
 * Variants are matched after folding (case, diacritics, punctuation), so
 * "Đơn vị tính" also accepts "DON VI TINH" and "Đơn vị  tính:".
 */
export const MST_2026_TABLES: Record<TableKind, TableSpec> = {
  indicators: {
    kind: 'indicators',
    section: 'P2.II.2',
    columns: [
      { key: 'stt', label: 'STT', variants: ['TT', 'Số TT', 'Số thứ tự'], required: false },
      { key: 'code', label: 'Mã chỉ tiêu', variants: ['Mã', 'Mã số', 'Mã CT'], required: false },
      {
        key: 'name',
        label: 'Tên chỉ tiêu',
        variants: ['Chỉ tiêu', 'Nội dung chỉ tiêu', 'Tên mục tiêu, chỉ tiêu', 'Mục tiêu, chỉ tiêu'],
        keywords: [
          ['ten', 'chi', 'tieu'],
          ['noi', 'dung', 'chi', 'tieu'],
          ['ten', 'muc', 'tieu'],
        ],
        required: true,
      },
      { key: 'parentCode', label: 'Thuộc chỉ tiêu', variants: ['Chỉ tiêu cha', 'Mã chỉ tiêu cha', 'Chỉ tiêu được giao'], required: false },
      { key: 'unit', label: 'Đơn vị tính', variants: ['Đơn vị', 'ĐVT'], keywords: [['don', 'vi', 'tinh'], ['dvt']], required: true },
      {
        key: 'target2026',
        label: 'Chỉ tiêu năm 2026',
        variants: [
          'Mục tiêu 2026',
          'Mục tiêu năm 2026',
          'Chỉ tiêu 2026',
          'Kế hoạch năm 2026',
          'Năm 2026',
          'Kết quả năm 2026',
          'Mục tiêu đến năm 2026',
          'Chỉ tiêu đến năm 2026',
        ],
        keywords: [['2026']],
        required: true,
      },
      {
        key: 'target2030',
        label: 'Mục tiêu đến năm 2030',
        variants: [
          'Mục tiêu 2030',
          'Chỉ tiêu đến năm 2030',
          'Chỉ tiêu 2030',
          'Đến năm 2030',
          'Năm 2030',
          'Lộ trình 2026-2030',
          'Giai đoạn 2026-2030',
          'Mục tiêu giai đoạn 2026-2030',
          'Lộ trình đến năm 2030',
          'Lộ trình đến 2030',
        ],
        keywords: [['2030']],
        required: false,
      },
      {
        key: 'method',
        label: 'Phương pháp tính',
        variants: ['Phương pháp tính toán', 'Cách tính', 'Công thức tính'],
        keywords: [
          ['phuong', 'phap', 'tinh'],
          ['cach', 'tinh'],
          ['cong', 'thuc'],
        ],
        required: true,
      },
      {
        key: 'measurement',
        label: 'Đo lường, đánh giá',
        variants: ['Đo lường/đánh giá', 'Đo lường, đánh giá kết quả', 'Phương pháp đo lường, đánh giá', 'Cách thức đo lường, đánh giá', 'Đánh giá'],
        keywords: [
          ['do', 'luong'],
          ['danh', 'gia'],
        ],
        required: true,
      },
      {
        key: 'lead',
        label: 'Cơ quan, đơn vị chủ trì',
        variants: ['Cơ quan/đơn vị chủ trì', 'Cơ quan chủ trì', 'Đơn vị chủ trì', 'Cơ quan chủ trì theo dõi, đánh giá', 'Chủ trì'],
        keywords: [
          ['chu', 'tri'],
          ['co', 'quan', 'theo', 'doi'],
        ],
        required: true,
      },
      {
        key: 'deadline',
        label: 'Thời hạn hoàn thành',
        variants: ['Thời hạn', 'Thời gian hoàn thành', 'Tiến độ', 'Thời gian thực hiện'],
        keywords: [
          ['thoi', 'han'],
          ['thoi', 'gian'],
          ['tien', 'do'],
        ],
        required: true,
      },
      {
        key: 'resources',
        label: 'Nguồn lực thực hiện',
        variants: ['Nguồn lực', 'Nguồn lực, kinh phí', 'Kinh phí thực hiện', 'Nguồn kinh phí', 'Nguồn lực bảo đảm', 'Nguồn lực thực hiện'],
        keywords: [
          ['nguon', 'luc'],
          ['kinh', 'phi'],
          ['nguon', 'von'],
        ],
        required: true,
      },
    ],
  },
  tasks: {
    kind: 'tasks',
    section: 'P2.VI',
    columns: [
      { key: 'stt', label: 'STT', variants: ['TT', 'Số TT', 'Số thứ tự'], required: false },
      {
        key: 'name',
        label: 'Tên nhiệm vụ, dự án',
        variants: ['Tên nhiệm vụ/dự án', 'Nhiệm vụ, dự án', 'Tên nhiệm vụ', 'Nội dung nhiệm vụ', 'Nhiệm vụ', 'Nội dung'],
        keywords: [
          ['ten', 'nhiem', 'vu'],
          ['ten', 'du', 'an'],
          ['nhiem', 'vu', 'du', 'an'],
        ],
        required: true,
      },
      {
        key: 'expectedResult',
        label: 'Kết quả dự kiến',
        variants: ['Kết quả dự kiến đạt được', 'Sản phẩm dự kiến', 'Kết quả'],
        keywords: [
          ['ket', 'qua'],
          ['san', 'pham'],
        ],
        required: true,
      },
      { key: 'effectiveness', label: 'Hiệu quả', variants: ['Hiệu quả đem lại', 'Hiệu quả dự kiến'], keywords: [['hieu', 'qua']], required: true },
      {
        key: 'deadline',
        label: 'Thời hạn hoàn thành',
        variants: ['Thời hạn', 'Thời gian hoàn thành', 'Thời gian thực hiện', 'Tiến độ'],
        keywords: [
          ['thoi', 'gian'],
          ['thoi', 'han'],
          ['tien', 'do'],
        ],
        required: true,
      },
      {
        key: 'implementingUnit',
        label: 'Đơn vị triển khai',
        variants: ['Đơn vị thực hiện', 'Đơn vị chủ trì', 'Cơ quan chủ trì', 'Đơn vị triển khai thực hiện', 'Cơ quan thực hiện'],
        keywords: [
          ['chu', 'tri'],
          ['don', 'vi', 'thuc', 'hien'],
          ['trien', 'khai'],
        ],
        required: true,
      },
      {
        key: 'fundingSource',
        label: 'Nguồn kinh phí',
        variants: ['Nguồn vốn', 'Nguồn kinh phí thực hiện'],
        keywords: [['nguon', 'kinh', 'phi'], ['nguon', 'von'], ['nguon']],
        required: true,
      },
      {
        key: 'amount',
        label: 'Kinh phí dự kiến (triệu đồng)',
        variants: ['Kinh phí dự kiến', 'Kinh phí (triệu đồng)', 'Kinh phí', 'Dự toán kinh phí', 'Tổng kinh phí', 'Kinh phí dự kiến (đồng)'],
        keywords: [['kinh', 'phi'], ['du', 'toan'], ['tong', 'muc'], ['von']],
        required: false,
      },
    ],
  },
  projects2025: {
    kind: 'projects2025',
    section: 'P1.II.10',
    columns: [
      { key: 'stt', label: 'STT', variants: ['TT', 'Số TT'], required: false },
      { key: 'name', label: 'Tên dự án', variants: ['Tên', 'Dự án', 'Tên nhiệm vụ, dự án'], required: true },
      { key: 'goal', label: 'Mục tiêu', variants: ['Mục tiêu dự án', 'Mục tiêu đầu tư'], required: true },
      { key: 'totalInvestment', label: 'Tổng mức đầu tư (triệu đồng)', variants: ['Tổng mức đầu tư', 'Tổng vốn đầu tư', 'Kinh phí'], required: true },
      { key: 'fundingSource', label: 'Nguồn vốn', variants: ['Nguồn vốn đầu tư', 'Nguồn kinh phí'], required: true },
      { key: 'duration', label: 'Thời gian thực hiện', variants: ['Thời gian', 'Thời gian triển khai'], required: true },
      { key: 'status', label: 'Hiệu quả, hiện trạng', variants: ['Hiệu quả/hiện trạng', 'Hiện trạng', 'Hiệu quả', 'Tình trạng'], required: true },
    ],
  },
};
