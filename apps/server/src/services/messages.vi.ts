import { labelsVi } from '@cds/strings-vi';

/** Vietnamese messages of the submission checks (kept apart from HTTP errors). */
export const compareMessages = {
  sections: (client: string, server: string) => `Danh sách mục khác nhau: dữ liệu gửi kèm có [${client || 'trống'}], tệp .docx có [${server || 'trống'}].`,
  count: (kind: 'indicators' | 'tasks', client: number, server: number) =>
    `Số ${kind === 'indicators' ? 'chỉ tiêu' : 'nhiệm vụ'} khác nhau: dữ liệu gửi kèm có ${client}, tệp .docx có ${server}.`,
  value: (kind: 'indicators' | 'tasks', row: number, key: string, client: string, server: string) =>
    `${kind === 'indicators' ? 'Chỉ tiêu' : 'Nhiệm vụ'} thứ ${row}, trường "${key}": dữ liệu gửi kèm là "${client}", tệp .docx là "${server}".`,
};

/** Sheet names and column headers of the Excel exports. */
export const exportMessages = {
  indicatorsSheet: 'Chỉ tiêu',
  tasksSheet: 'Nhiệm vụ',
  kind: labelsVi.agencyKind,
  status: labelsVi.boardStatus,
  source: labelsVi.valueSource,
  indicatorHeaders: [
    'Mã cơ quan',
    'Cơ quan',
    'Loại cơ quan',
    'Trạng thái',
    'Nguồn dữ liệu',
    'Mã chỉ tiêu',
    'Mã chỉ tiêu cha',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Mục tiêu 2026',
    'Giá trị 2026',
    'Mục tiêu 2030',
    'Giá trị 2030',
    'Phương pháp tính',
    'Đo lường, đánh giá',
    'Cơ quan chủ trì',
    'Thời hạn',
    'Nguồn lực',
  ],
  taskHeaders: [
    'Mã cơ quan',
    'Cơ quan',
    'Loại cơ quan',
    'Trạng thái',
    'Nguồn dữ liệu',
    'Mục',
    'Nhiệm vụ, dự án',
    'Kết quả dự kiến',
    'Hiệu quả',
    'Thời hạn',
    'Đơn vị thực hiện',
    'Nguồn kinh phí',
    'Kinh phí',
    'Kinh phí (đồng)',
  ],
} as const;
