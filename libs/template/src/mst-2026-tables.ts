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
      { key: 'name', label: 'Tên chỉ tiêu', variants: ['Chỉ tiêu', 'Nội dung chỉ tiêu', 'Tên mục tiêu, chỉ tiêu', 'Mục tiêu, chỉ tiêu'], required: true },
      { key: 'parentCode', label: 'Thuộc chỉ tiêu', variants: ['Chỉ tiêu cha', 'Mã chỉ tiêu cha', 'Chỉ tiêu được giao'], required: false },
      { key: 'unit', label: 'Đơn vị tính', variants: ['Đơn vị', 'ĐVT'], required: true },
      {
        key: 'target2026', label: 'Chỉ tiêu năm 2026',
        variants: ['Mục tiêu 2026', 'Mục tiêu năm 2026', 'Chỉ tiêu 2026', 'Kế hoạch năm 2026', 'Năm 2026', 'Kết quả năm 2026', 'Mục tiêu đến năm 2026', 'Chỉ tiêu đến năm 2026'],
        required: true,
      },
      {
        key: 'target2030', label: 'Mục tiêu đến năm 2030',
        variants: ['Mục tiêu 2030', 'Chỉ tiêu đến năm 2030', 'Chỉ tiêu 2030', 'Đến năm 2030', 'Năm 2030', 'Lộ trình 2026-2030', 'Giai đoạn 2026-2030', 'Mục tiêu giai đoạn 2026-2030'],
        required: false,
      },
      { key: 'method', label: 'Phương pháp tính', variants: ['Phương pháp tính toán', 'Cách tính', 'Công thức tính'], required: true },
      {
        key: 'measurement', label: 'Đo lường, đánh giá',
        variants: ['Đo lường/đánh giá', 'Đo lường, đánh giá kết quả', 'Phương pháp đo lường, đánh giá', 'Cách thức đo lường, đánh giá', 'Đánh giá'],
        required: true,
      },
      {
        key: 'lead', label: 'Cơ quan, đơn vị chủ trì',
        variants: ['Cơ quan/đơn vị chủ trì', 'Cơ quan chủ trì', 'Đơn vị chủ trì', 'Cơ quan chủ trì theo dõi, đánh giá', 'Chủ trì'],
        required: true,
      },
      { key: 'deadline', label: 'Thời hạn hoàn thành', variants: ['Thời hạn', 'Thời gian hoàn thành', 'Tiến độ', 'Thời gian thực hiện'], required: true },
      { key: 'resources', label: 'Nguồn lực thực hiện', variants: ['Nguồn lực', 'Nguồn lực, kinh phí', 'Kinh phí thực hiện', 'Nguồn kinh phí'], required: true },
    ],
  },
  tasks: {
    kind: 'tasks',
    section: 'P2.VI',
    columns: [
      { key: 'stt', label: 'STT', variants: ['TT', 'Số TT', 'Số thứ tự'], required: false },
      { key: 'name', label: 'Tên nhiệm vụ, dự án', variants: ['Tên nhiệm vụ/dự án', 'Nhiệm vụ, dự án', 'Tên nhiệm vụ', 'Nội dung nhiệm vụ', 'Nhiệm vụ', 'Nội dung'], required: true },
      { key: 'expectedResult', label: 'Kết quả dự kiến', variants: ['Kết quả dự kiến đạt được', 'Sản phẩm dự kiến', 'Kết quả'], required: true },
      { key: 'effectiveness', label: 'Hiệu quả', variants: ['Hiệu quả đem lại', 'Hiệu quả dự kiến'], required: true },
      { key: 'deadline', label: 'Thời hạn hoàn thành', variants: ['Thời hạn', 'Thời gian hoàn thành', 'Thời gian thực hiện', 'Tiến độ'], required: true },
      {
        key: 'implementingUnit', label: 'Đơn vị triển khai',
        variants: ['Đơn vị thực hiện', 'Đơn vị chủ trì', 'Cơ quan chủ trì', 'Đơn vị triển khai thực hiện', 'Cơ quan thực hiện'],
        required: true,
      },
      { key: 'fundingSource', label: 'Nguồn kinh phí', variants: ['Nguồn vốn', 'Nguồn kinh phí thực hiện'], required: true },
      {
        key: 'amount', label: 'Kinh phí dự kiến (triệu đồng)',
        variants: ['Kinh phí dự kiến', 'Kinh phí (triệu đồng)', 'Kinh phí', 'Dự toán kinh phí', 'Tổng kinh phí', 'Kinh phí dự kiến (đồng)'],
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
